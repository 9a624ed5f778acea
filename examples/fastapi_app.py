"""A FastAPI webhook app: an IVR menu for calls and an auto-reply for text messages.

The ``Webhooks`` dependency checks each request's signature (``SIGNALWIRE_SIGNING_KEY``) and
gives the typed parameters; ``LamlResponse`` sends the documents. Serve it with

    SIGNALWIRE_SIGNING_KEY=... uvicorn --app-dir examples fastapi_app:app

Run as a script, it plays a call and a text message through the app with the test client,
signing each request the way the platform does, and prints what the app answers.
"""

# (no ``from __future__ import annotations``: FastAPI reads these annotations at run time)

import os
from typing import Annotated

from fastapi import Depends, FastAPI

from laml import MessagingResponse, VoiceResponse
from laml.webhooks import CallRequest, GatherResult, MessageRequest
from laml.webhooks.fastapi import LamlResponse, Webhooks

app = FastAPI()
#: behind a proxy, name it (``trusted_proxies=["10.0.0.0/8"]``) or give ``public_url=``
webhooks = Webhooks(public_url=os.environ.get("PUBLIC_URL"))

Call = Annotated[CallRequest, Depends(webhooks.params(CallRequest))]
Gathered = Annotated[GatherResult, Depends(webhooks.params(GatherResult))]
Message = Annotated[MessageRequest, Depends(webhooks.params(MessageRequest))]

DEPARTMENTS = {"1": ("sales", "+14155550101"), "2": ("support", "+14155550102")}


@app.post("/voice")
async def incoming_call(call: Call) -> LamlResponse:
    response = VoiceResponse()
    with response.gather(input=["dtmf", "speech"], num_digits=1, action="/voice/menu",
                         hints=["sales", "support"], timeout=5) as menu:
        menu.say("Thanks for calling Acme. For sales, press 1 or say sales. "
                 "For support, press 2 or say support.")
    response.say("We did not receive any input. Goodbye!")
    response.hangup()
    return LamlResponse(response)


@app.post("/voice/menu")
async def menu_choice(result: Gathered) -> LamlResponse:
    spoken = (result.speech_result or "").lower()
    choice = result.digits or next((k for k, (name, _) in DEPARTMENTS.items() if name in spoken), None)
    response = VoiceResponse()
    if choice not in DEPARTMENTS:
        response.say("Sorry, I did not get that.")
        response.redirect("/voice")
        return LamlResponse(response)
    name, number = DEPARTMENTS[choice]
    response.say(f"Connecting you to {name}.")
    response.dial(number, caller_id=result.to, timeout=20)
    return LamlResponse(response)


@app.post("/sms")
async def incoming_message(message: Message) -> LamlResponse:
    response = MessagingResponse()
    if message.body.strip().upper() == "HOURS":
        response.message("We are open 9am to 5pm, Monday to Friday.")
    elif message.media:
        response.message(f"Thanks for the {len(message.media)} picture(s)!")
    else:
        response.message("Hi! Text HOURS for our opening hours.")
    return LamlResponse(response)


def demo() -> None:
    """Play one call (saying "sales") and two text messages through the app, signed."""
    from fastapi.testclient import TestClient

    from laml import lint
    from laml.webhooks import sign

    key = os.environ.setdefault("SIGNALWIRE_SIGNING_KEY", "PSK_example_signing_key")
    client = TestClient(app)
    call = {"CallSid": "CA0123456789abcdef0123456789abcdef", "AccountSid": "AC0123456789abcdef",
            "From": "+14155550100", "To": "+14155550199", "CallStatus": "ringing",
            "Direction": "inbound", "ApiVersion": "2010-04-01"}
    sms = {"MessageSid": "SM0123456789abcdef0123456789abcdef", "AccountSid": "AC0123456789abcdef",
           "From": "+14155550100", "To": "+14155550199", "Body": "hours", "NumMedia": "0"}
    exchanges = [
        ("/voice", call),
        ("/voice/menu", {**call, "CallStatus": "in-progress", "SpeechResult": "Sales please",
                         "Confidence": "0.87"}),
        ("/sms", sms),
        ("/sms", {**sms, "Body": "", "NumMedia": "1", "MediaUrl0": "https://example.com/cat.jpg",
                  "MediaContentType0": "image/jpeg"}),
    ]
    for path, form in exchanges:
        answer = client.post(path, data=form, headers=sign(f"http://testserver{path}", form, key))
        print(f"POST {path} -> {answer.status_code} {answer.headers['content-type']}")
        print(answer.text)
        problems = [d for d in lint(answer.content) if d.severity == "error"]
        assert answer.status_code == 200 and not problems, problems
    forged = client.post("/voice", data=call)
    print(f"POST /voice without a signature -> {forged.status_code}")
    assert forged.status_code == 403


if __name__ == "__main__":
    demo()
