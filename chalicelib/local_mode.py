"""``make run``: the whole agent on this machine, no AWS account needed.

Starts moto's server on loopback as the local AWS (table, bucket, queue), restores the last local state,
seeds the demo tenant once, then runs ``chalice local`` in the foreground until Ctrl-C. State is saved to
``.argent/`` every few seconds and on exit, so a restart picks up where it left off.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

from chalicelib import local_env
from chalicelib.bootstrap import build
from chalicelib.clock import SystemClock
from chalicelib.demo import seed_demo

SNAPSHOT_EVERY_S = 10


def _free_port(preferred: int) -> int:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", preferred))
            return preferred
        except OSError:
            sock.bind(("127.0.0.1", 0))
            return int(sock.getsockname()[1])


def main() -> int:
    from moto.server import ThreadedMotoServer  # noqa: PLC0415  (dev dependency)

    local_env.apply_local_defaults()
    if local_env.running_server():
        print("Argent is already running locally (see .argent/server.json).")
        return 1
    # Seed in-process first: moto's HTTP server takes one request per item, the in-process mock none,
    # and the snapshot then reaches the server in batches of 25.
    with local_env.local_aws():
        seeded = seed_demo(build().repo, SystemClock())
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # moto's server logs every request otherwise
    aws_port = _free_port(int(os.environ.get("ARGENT_AWS_PORT", "5055")))
    moto = ThreadedMotoServer(ip_address="127.0.0.1", port=aws_port, verbose=False)
    moto.start()
    endpoint = f"http://127.0.0.1:{aws_port}"
    os.environ["AWS_ENDPOINT_URL"] = endpoint
    local_env.ensure_resources()
    restored = local_env.restore_snapshot()
    container = build()
    local_env.write_server_file(endpoint)

    stop = threading.Event()

    def snapshot_loop() -> None:
        while not stop.wait(SNAPSHOT_EVERY_S):
            local_env.save_snapshot()

    threading.Thread(target=snapshot_loop, daemon=True).start()
    port = os.environ.get("PORT", "8000")
    cases = container.repo.list_cases("demo")
    print(
        f"""
Argent local mode
  local AWS (moto) : {endpoint}   state: {local_env.home()}  ({restored} items restored)
  demo tenant      : {"seeded now" if seeded else "already there"}, {len(cases)} cases
  API + dashboard  : http://127.0.0.1:{port}/
  CLI (same state) : .venv/bin/python -m chalicelib.cli cases
Ctrl-C stops; state is kept for next time.
""",
        flush=True,
    )
    chalice = Path(sys.executable).with_name("chalice")
    child = subprocess.Popen(  # noqa: S603  (our own venv's chalice, fixed arguments)
        [str(chalice), "local", "--host", "127.0.0.1", "--port", port, "--stage", "local", "--no-autoreload"],
        env=os.environ.copy(),
    )
    try:
        return child.wait()
    except KeyboardInterrupt:
        child.send_signal(signal.SIGINT)
        child.wait(timeout=10)
        return 0
    finally:
        stop.set()
        saved = local_env.save_snapshot()
        local_env.remove_server_file()
        moto.stop()
        print(f"saved {saved} items to {local_env.home()}")


if __name__ == "__main__":
    sys.exit(main())
