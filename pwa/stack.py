"""`make serve`: the production stack on one machine, in the foreground.

nginx serves the static export (`flask freeze`, precompressed) with the app's own headers, and
passes only the self-check's no-JavaScript POST to gunicorn on a Unix socket. Everything lives in
one run directory (the export, nginx.conf, the socket, nginx's temporary files), readable by
nginx's worker user; Ctrl-C (or SIGTERM) stops nginx and gunicorn and removes it.

    python -m pwa.stack [--listen 127.0.0.1:8080] [--workers 2]
"""

from __future__ import annotations

import argparse
import gzip
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pwa import create_app
from pwa.deploy import TEMP_DIRS, nginx_conf, rules
from pwa.freeze import freeze

NGINX = os.environ.get("PWA_NGINX") or shutil.which("nginx") or "/usr/sbin/nginx"
BROTLI_STATIC = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")
WORKER_USER = "www-data"  # Debian's nginx worker user (used when started as root)
COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".webmanifest", ".txt"}


def precompress(root: Path) -> int:
    """file.gz (and file.br) beside each text file, for gzip_static/brotli_static: nginx then
    sends compressed bytes without compressing on every request. Returns the files written."""
    try:
        import brotli  # flask-compress depends on it
    except ImportError:  # pragma: no cover
        brotli = None
    count = 0
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in COMPRESSIBLE:
            data = path.read_bytes()
            path.with_name(path.name + ".gz").write_bytes(gzip.compress(data, 9, mtime=0))
            if brotli is not None:
                path.with_name(path.name + ".br").write_bytes(brotli.compress(data, quality=11))
            count += 1
    return count


def wait_for(check, what: str, seconds: float = 20, procs: tuple[subprocess.Popen, ...] = ()) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for proc in procs:
            if proc.poll() is not None:
                raise RuntimeError(f"{what}: exited with {proc.returncode}")
        if check():
            return
        time.sleep(0.05)
    raise RuntimeError(f"{what}: not ready after {seconds} s")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now (tests and the benchmark)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def connects(address: str | tuple[str, int]) -> bool:
    family = socket.AF_UNIX if isinstance(address, str) else socket.AF_INET
    with socket.socket(family) as sock:
        try:
            sock.connect(address)
        except OSError:
            return False
    return True


class Stack:
    """nginx + gunicorn over a fresh export; a context manager. `url` once started."""

    def __init__(self, host: str = "127.0.0.1", port: int = 8080, workers: int = 2, quiet: bool = False):
        self.host, self.port, self.workers, self.quiet = host, port, workers, quiet
        self.url = f"http://{host}:{port}"
        self.procs: list[subprocess.Popen] = []
        self.run_dir: Path | None = None
        # As root, nginx's workers run as Debian's www-data; otherwise as us.
        self.worker_user = WORKER_USER if os.geteuid() == 0 and _user_exists(WORKER_USER) else None

    def build(self) -> Path:
        """The run directory: export, config, socket; group-readable by nginx's worker user."""
        run_dir = Path(tempfile.mkdtemp(prefix="hfs-stack-"))
        self.run_dir = run_dir
        user = self.worker_user
        if user:  # new files and the socket get the worker's group (setgid), and only it may read
            os.chown(run_dir, 0, pwd.getpwnam(user).pw_gid)
            os.chmod(run_dir, 0o2750)
        else:
            os.chmod(run_dir, 0o700)  # nginx's workers run as us
        for sub in TEMP_DIRS.values():
            (run_dir / "tmp" / sub).mkdir(parents=True)
            if user:
                shutil.chown(run_dir / "tmp" / sub, user=user)
        app = create_app()
        site = run_dir / "site"
        freeze(app, site)  # with the no-JavaScript form: nginx passes its POST on
        precompress(site)
        conf = nginx_conf(
            rules(app),
            root=site,
            socket=run_dir / "app.sock",
            listen=f"{self.host}:{self.port}",
            run_dir=run_dir,
            user=user,
            brotli=str(BROTLI_STATIC) if BROTLI_STATIC.exists() else None,
        )
        (run_dir / "nginx.conf").write_text(conf, encoding="utf-8")
        return run_dir

    def start(self) -> Stack:
        run_dir = self.run_dir or self.build()
        out = subprocess.DEVNULL if self.quiet else None
        sock = str(run_dir / "app.sock")
        gunicorn = [
            sys.executable, "-m", "gunicorn", "pwa:create_app()",
            "--bind", f"unix:{sock}", "--umask", "0o007", "--workers", str(self.workers),
            "--access-logfile", "/dev/null", "--timeout", "30", "--graceful-timeout", "5", "--no-control-socket",
        ]  # fmt: skip
        conf = str(run_dir / "nginx.conf")
        subprocess.run([NGINX, "-t", "-q", "-e", "stderr", "-p", str(run_dir), "-c", conf], check=True)
        self.procs.append(subprocess.Popen(gunicorn, stdout=out, stderr=out))
        wait_for(lambda: connects(sock), "gunicorn", procs=tuple(self.procs))
        if self.worker_user:  # gunicorn gives the socket its own group; nginx's workers connect
            os.chown(sock, -1, pwd.getpwnam(self.worker_user).pw_gid)
        nginx = [NGINX, "-e", "stderr", "-p", str(run_dir), "-c", conf, "-g", "daemon off;"]
        self.procs.append(subprocess.Popen(nginx, stdout=out, stderr=out))
        wait_for(lambda: connects((self.host, self.port)), "nginx", procs=tuple(self.procs))
        return self

    def stop(self) -> None:
        """nginx first (no new requests), then gunicorn, both at once (SIGTERM: a fast shutdown for
        each); either gets 10 s, then is killed."""
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
        for proc in reversed(self.procs):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self.procs.clear()
        if self.run_dir:
            shutil.rmtree(self.run_dir, ignore_errors=True)
            self.run_dir = None

    def __enter__(self) -> Stack:
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc) -> None:
        self.stop()


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--listen", default="127.0.0.1:8080", help="host:port for nginx")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers for the POST route")
    args = parser.parse_args(argv)
    host, _, port = args.listen.rpartition(":")
    stack = Stack(host or "127.0.0.1", int(port), args.workers)

    stopping: list[int] = []  # Ctrl-C (SIGINT, sent to nginx and gunicorn too) or SIGTERM

    def stop(signum, frame):
        stopping.append(signum)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    with stack:
        print(f"Serving the export with nginx on {stack.url}/ (run directory {stack.run_dir}); Ctrl-C stops.")
        sys.stdout.flush()
        while not stopping and all(proc.poll() is None for proc in stack.procs):
            time.sleep(0.2)
        if not stopping:
            print("nginx or gunicorn stopped; stopping the other.", file=sys.stderr)
            return 1
        print("\nStopping nginx and gunicorn.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
