"""FastAPI: the Starlette adapter, under the name FastAPI users look for.

>>> from laml.webhooks.fastapi import LamlResponse, Webhooks   # same as laml.webhooks.starlette

See :mod:`laml.webhooks.starlette`.
"""

from laml.webhooks.starlette import LamlResponse, WebhookMiddleware, Webhooks

__all__ = ["LamlResponse", "WebhookMiddleware", "Webhooks"]
