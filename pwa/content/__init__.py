"""Page content as data: blocks of English text, each with a stable context id and
its reference tags. Templates render the blocks; gettext translates each block."""
