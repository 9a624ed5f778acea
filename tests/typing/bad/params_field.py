"""A request parameter is read by its field name: ``digits`` (``Digits`` on the wire)."""

from laml.webhooks import GatherResult

form = {"CallSid": "CA1", "AccountSid": "AC1", "From": "+1555", "To": "+1666",
        "CallStatus": "in-progress", "Digits": "1"}
print(GatherResult.from_form(form).Digits)  # error
