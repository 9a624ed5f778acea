"""LaML Bins: hosted Compatibility XML documents, managed over the platform's REST API.

>>> from laml.bins import BinsClient
>>> with BinsClient() as client:                        # doctest: +SKIP
...     created = client.create("Greeting", "<Response><Say>Hi {{From}}</Say></Response>")
...     for item in client.list(name="Greet"):
...         print(item.sid, item.name)

:class:`BinsClient` and :class:`AsyncBinsClient` share one request builder; their errors are in
the :class:`BinsError` family; :func:`pull` and :func:`push` keep a folder of ``.xml`` files in
step with a project's bins, :func:`diff` compares them, and :class:`ClientLimits` caps what
one call may cost. Importing this package imports httpx; ``import laml`` does not.
"""

from __future__ import annotations

from laml.bins._client import DEFAULT_TIMEOUT, AsyncBinsClient, BinsClient, RetryPolicy
from laml.bins._config import Credentials, normalize_space_url, resolve_credentials
from laml.bins._diff import FileDiff, diff
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
from laml.bins._folder import MANIFEST_NAME, REMOTE_SUFFIX, safe_file_name
from laml.bins._manifest import Manifest, ManifestEntry
from laml.bins._models import LamlBin, LamlBinPage, parse_datetime
from laml.bins._pull import PullAction, PullReport, pull
from laml.bins._push import DEFAULT_JOBS, PushAction, PushPlan, plan_push, push
from laml.bins._transport import ClientLimits

__all__ = [
    "DEFAULT_JOBS",
    "DEFAULT_TIMEOUT",
    "MANIFEST_NAME",
    "REMOTE_SUFFIX",
    "AsyncBinsClient",
    "AuthError",
    "BinsClient",
    "BinsConfigError",
    "BinsError",
    "ClientLimits",
    "Credentials",
    "FileDiff",
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
    "diff",
    "normalize_space_url",
    "parse_datetime",
    "plan_push",
    "pull",
    "push",
    "resolve_credentials",
    "safe_file_name",
]
