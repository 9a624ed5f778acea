"""A 10-step IVR through a Flask app: the call simulator against the same requests made directly
with Flask's test client.

The app checks every request's signature and reads its typed parameters (``laml.webhooks.flask``)
and answers a ``<Gather>`` whose action leads to the next step; the tenth step says goodbye and
hangs up. The simulator runs the call (``Simulator(app).call(inputs=[...])``): it builds, signs
and sends each request, lints each document (checks are cached by content, so after the first
call the ten documents are not linted again), runs its verbs and follows the action. The direct
way makes the same ten signed requests with ``app.test_client()`` and reads each body: what a
test written by hand does, without checking or running anything. Both alternate in batches; the
best batch of each is reported, with the first call (cold, every document linted) apart.

    python benchmarks/bench_simulate.py [--batches 7] [--calls 200]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from flask import Flask

from laml import VoiceResponse
from laml.simulate import Simulator
from laml.simulate._answer import _checked
from laml.webhooks import GatherResult, sign
from laml.webhooks.flask import webhook

KEY = "PSK_0123456789abcdef0123456789abcdef"
STEPS = 10
BASE = "http://localhost"
CALL = {"CallSid": "CA0123456789abcdef0123456789abcdef",
        "AccountSid": "AC0123456789abcdef0123456789abcdef", "From": "+14155550100",
        "To": "+14155550199", "CallStatus": "in-progress", "ApiVersion": "2010-04-01",
        "Direction": "inbound"}


def make_app() -> Flask:
    app = Flask(__name__)

    @app.post("/ivr/<int:step>")
    @webhook(key=KEY, params=GatherResult)
    def ivr(result: GatherResult, step: int) -> VoiceResponse:
        response = VoiceResponse()
        if step >= STEPS:
            response.say(f"You pressed {result.digits}. Goodbye.")
            response.hangup()
            return response
        with response.gather(num_digits=1, action=f"/ivr/{step + 1}", timeout=5) as menu:
            menu.say(f"Step {step}. Press any key to go on.")
        response.say("No input. Goodbye.")
        response.hangup()
        return response

    return app


def by_simulator(simulator: Simulator) -> Callable[[], None]:
    def run() -> None:
        call = simulator.call("/ivr/1", inputs=["1"] * (STEPS - 1))
        assert call.ended is not None and call.ended.reason == "hangup", call.transcript()
        assert len(call.requests) == STEPS

    return run


def by_test_client(app: Flask) -> Callable[[], None]:
    client = app.test_client()

    def run() -> None:
        for step in range(1, STEPS + 1):
            form = dict(CALL) if step == 1 else {**CALL, "Digits": "1"}
            path = f"/ivr/{step}"
            answer = client.post(path, data=form, headers=sign(BASE + path, form, KEY))
            assert answer.status_code == 200
            assert answer.get_data()

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--batches", type=int, default=7)
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args()

    app = make_app()
    simulator = Simulator(app, signing_key=KEY)
    contenders = {
        "Flask test client, the same 10 signed requests": by_test_client(app),
        "laml.simulate: the call (request, lint, run, follow)": by_simulator(simulator),
    }
    _checked.cache_clear()
    start = time.perf_counter()
    contenders["laml.simulate: the call (request, lint, run, follow)"]()
    cold = time.perf_counter() - start
    start = time.perf_counter()
    contenders["Flask test client, the same 10 signed requests"]()
    cold_direct = time.perf_counter() - start

    best = dict.fromkeys(contenders, float("inf"))
    for _ in range(args.batches):
        for name, run in contenders.items():
            start = time.perf_counter()
            for _ in range(args.calls):
                run()
            best[name] = min(best[name], (time.perf_counter() - start) / args.calls)
    direct = best["Flask test client, the same 10 signed requests"]
    print(f"a {STEPS}-step IVR through a Flask app that verifies signatures "
          f"(best of {args.batches} batches of {args.calls} calls)")
    for name, seconds in best.items():
        print(f"  {name:<54} {seconds * 1e3:7.2f} ms per call   {seconds / direct:5.2f}×")
    print(f"  first call (every document linted once): simulator {cold * 1e3:.1f} ms, "
          f"test client {cold_direct * 1e3:.1f} ms")
    simulator.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
