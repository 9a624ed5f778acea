"""LaML Bins: hosted Compatibility XML documents, managed over the platform's REST API.

>>> from laml.bins import BinsClient
>>> with BinsClient() as client:                        # doctest: +SKIP
...     created = client.create("Greeting", "<Response><Say>Hi {{From}}</Say></Response>")
...     for item in client.list(name="Greet"):
...         print(item.sid, item.name)

:class:`BinsClient` and :class:`AsyncBinsClient` share one request builder; their errors are in
the :class:`BinsError` family; :func:`pull` and :func:`push` keep a folder of ``.xml`` files in
step with a project's bins. Importing this package imports httpx; ``import laml`` does not.
"""

from __future__ import annotations

from laml.bins._client import DEFAULT_TIMEOUT, AsyncBinsClient, BinsClient, RetryPolicy
from laml.bins._config import Credentials, normalize_space_url, resolve_credentials
from laml.bins._exceptions import (
    AuthError,
    BinsConfigError,
    BinsError,
    InvalidContents,
    NotFound,
    RateLimited,
    ServerError,
    TransportError,
)
from laml.bins._models import LamlBin, LamlBinPage, parse_datetime
from laml.bins._sync import (
    MANIFEST_NAME,
    Manifest,
    ManifestEntry,
    PullAction,
    PullReport,
    PushAction,
    PushPlan,
    plan_push,
    pull,
    push,
    safe_file_name,
)
from laml.bins._transport import ClientLimits

__all__ = [
    "DEFAULT_TIMEOUT",
    "MANIFEST_NAME",
    "AsyncBinsClient",
    "AuthError",
    "BinsClient",
    "BinsConfigError",
    "BinsError",
    "ClientLimits",
    "Credentials",
    "InvalidContents",
    "LamlBin",
    "LamlBinPage",
    "Manifest",
    "ManifestEntry",
    "NotFound",
    "PullAction",
    "PullReport",
    "PushAction",
    "PushPlan",
    "RateLimited",
    "RetryPolicy",
    "ServerError",
    "TransportError",
    "normalize_space_url",
    "parse_datetime",
    "plan_push",
    "pull",
    "push",
    "resolve_credentials",
    "safe_file_name",
]
