"""Manage LaML Bins end to end against a local bins server.

Starts ``laml.server.LocalServer`` on 127.0.0.1 (a free port, an in-memory database), then
creates, lists, updates, renders and deletes a bin with :class:`laml.bins.BinsClient`, printing
each step. Against the real platform, drop the server and build the client as ``BinsClient()``:
it reads SIGNALWIRE_SPACE_URL, SIGNALWIRE_PROJECT_ID and SIGNALWIRE_TOKEN.

Needs the server extra: ``pip install "laml-tools[server]"``.
"""

from __future__ import annotations

import httpx

from laml.bins import BinsClient, InvalidContents
from laml.server import LocalServer

GREETING = "<Response><Say>Hello {{From}}</Say></Response>"
GREETING_V2 = (
    "<Response>"
    "<Say>Hello {{From}}, thanks for calling.</Say>"
    "<Hangup/>"
    "</Response>"
)


def main() -> int:
    """Run every step; returns the exit status."""
    with LocalServer() as server:
        print(f"local bins server on {server.url}")
        with BinsClient(server.url, server.project_id, server.token) as client:
            created = client.create("Greeting", GREETING)
            print(f"created {created.sid} {created.name!r}")

            for item in client.list():
                print(f"listed  {item.sid} {item.name!r} ({item.num_requests} requests)")

            updated = client.update(created.sid, contents=GREETING_V2)
            print(f"updated {updated.sid}: {len(updated.contents)} characters")

            # The bin's URL renders its template with the request's parameters.
            answer = httpx.get(updated.request_url, params={"From": "+15551234567"})
            print(f"rendered ({answer.status_code}, {answer.headers['content-type']}):")
            print(f"  {answer.text.strip()}")
            print(f"  now {client.get(created.sid).num_requests} request(s)")

            try:
                client.create("Broken", "<Response><Say>unclosed</Response>")
            except InvalidContents as refused:
                print(f"refused a broken document: {len(refused.diagnostics)} finding(s)")
                for finding in refused.diagnostics:
                    print(f"  {finding}")

            client.delete(created.sid)
            print(f"deleted {created.sid}; {len(list(client.list()))} bin(s) left")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
