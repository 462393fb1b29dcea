"""chm's own HTTP app served by a real uvicorn on 127.0.0.1 (port 0), in a thread.

Where it sits: test infrastructure for the front door (the browser tests and any test that
needs the app over real HTTP rather than the in-process test client). Example::

    server = LiveServer(create_app(ctx)).start()
    requests.get(server.url + "/healthz")
    server.stop()
"""

from __future__ import annotations

import threading
import time

from fastapi import FastAPI


class LiveServer:
    """uvicorn serving an app on 127.0.0.1 (port 0) in a thread."""

    def __init__(self, app: FastAPI) -> None:
        import uvicorn

        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    @property
    def url(self) -> str:
        sock = self.server.servers[0].sockets[0]
        host, port = sock.getsockname()[:2]
        return f"http://{host}:{port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
