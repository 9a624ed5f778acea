"""An SMS auto-reply with a picture: Body and Media inside a Message."""

from laml import MessagingResponse


def build(sender_name: str = "there") -> MessagingResponse:
    response = MessagingResponse()
    message = response.message(action="https://example.com/sms/status", method="POST")
    message.body(f"Hi {sender_name}! Thanks for your message: we will get back to you soon.")
    message.media("https://example.com/images/office-hours.png")
    return response


if __name__ == "__main__":
    print(build().to_xml(pretty=True))
