"""Receive a fax, stored as PDF, and post it to the action URL."""

from laml import FaxResponse


def build() -> FaxResponse:
    response = FaxResponse()
    response.receive(
        action="https://example.com/fax/received",
        method="POST",
        media_type="application/pdf",
        page_size="letter",
    )
    return response


if __name__ == "__main__":
    print(build().to_xml(pretty=True))
