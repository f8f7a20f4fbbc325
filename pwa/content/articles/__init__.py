"""One module per article page, each defining PAGE. pwa/content/pages.py puts them in
reading order."""
