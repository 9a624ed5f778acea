"""A Flask webhook app: an IVR menu for calls and an auto-reply for text messages.

Every request is checked against the platform's signature (``SIGNALWIRE_SIGNING_KEY``), the
parameters arrive typed, and the views return documents. Serve it with

    SIGNALWIRE_SIGNING_KEY=... flask --app examples/flask_app run

Run as a script, it plays a call and a text message through the app with Flask's test client,
signing each request the way the platform does, and prints what the app answers.
"""

from __future__ import annotations

import os

from flask import Flask

from laml import MessagingResponse, VoiceResponse
from laml.webhooks import CallRequest, GatherResult, MessageRequest
from laml.webhooks.flask import webhook

app = Flask(__name__)
#: behind a proxy or a tunnel, say where the platform calls (or pass trusted_proxies=[...])
PUBLIC_URL = os.environ.get("PUBLIC_URL")
DEPARTMENTS = {"1": ("sales", "+14155550101"), "2": ("support", "+14155550102")}


@app.post("/voice")
@webhook(params=CallRequest, public_url=PUBLIC_URL)
def incoming_call(call: CallRequest) -> VoiceResponse:
    response = VoiceResponse()
    with response.gather(input=["dtmf", "speech"], num_digits=1, action="/voice/menu",
                         hints=["sales", "support"], timeout=5) as menu:
        menu.say("Thanks for calling Acme. For sales, press 1 or say sales. "
                 "For support, press 2 or say support.")
    response.say("We did not receive any input. Goodbye!")
    response.hangup()
    return response


@app.post("/voice/menu")
@webhook(params=GatherResult, public_url=PUBLIC_URL)
def menu_choice(result: GatherResult) -> VoiceResponse:
    spoken = (result.speech_result or "").lower()
    choice = result.digits or next((k for k, (name, _) in DEPARTMENTS.items() if name in spoken), None)
    response = VoiceResponse()
    if choice not in DEPARTMENTS:
        response.say("Sorry, I did not get that.")
        response.redirect("/voice")
        return response
    name, number = DEPARTMENTS[choice]
    response.say(f"Connecting you to {name}.")
    response.dial(number, caller_id=result.to, timeout=20)
    return response


@app.post("/sms")
@webhook(params=MessageRequest, public_url=PUBLIC_URL)
def incoming_message(message: MessageRequest) -> MessagingResponse:
    response = MessagingResponse()
    if message.body.strip().upper() == "HOURS":
        response.message("We are open 9am to 5pm, Monday to Friday.")
    elif message.media:
        response.message(f"Thanks for the {len(message.media)} picture(s)!")
    else:
        response.message("Hi! Text HOURS for our opening hours.")
    return response


def demo() -> None:
    """Play one call (pressing 2) and two text messages through the app, signed."""
    from laml import lint
    from laml.webhooks import sign

    key = os.environ.setdefault("SIGNALWIRE_SIGNING_KEY", "PSK_example_signing_key")
    client = app.test_client()
    call = {"CallSid": "CA0123456789abcdef0123456789abcdef", "AccountSid": "AC0123456789abcdef",
            "From": "+14155550100", "To": "+14155550199", "CallStatus": "ringing",
            "Direction": "inbound", "ApiVersion": "2010-04-01"}
    sms = {"MessageSid": "SM0123456789abcdef0123456789abcdef", "AccountSid": "AC0123456789abcdef",
           "From": "+14155550100", "To": "+14155550199", "Body": "hours", "NumMedia": "0"}
    exchanges = [
        ("/voice", call),
        ("/voice/menu", {**call, "CallStatus": "in-progress", "Digits": "2"}),
        ("/sms", sms),
        ("/sms", {**sms, "Body": "", "NumMedia": "1", "MediaUrl0": "https://example.com/cat.jpg",
                  "MediaContentType0": "image/jpeg"}),
    ]
    for path, form in exchanges:
        headers = sign(f"http://localhost{path}", form, key)
        answer = client.post(path, data=form, headers=headers)
        print(f"POST {path} -> {answer.status_code} {answer.content_type}")
        print(answer.get_data(as_text=True))
        problems = [d for d in lint(answer.data) if d.severity == "error"]
        assert answer.status_code == 200 and not problems, problems
    forged = client.post("/voice", data=call)
    print(f"POST /voice without a signature -> {forged.status_code}")
    assert forged.status_code == 403


if __name__ == "__main__":
    demo()
