"""Where the client talks to and as whom: space URL, project ID and token.

Missing values come from ``SIGNALWIRE_SPACE_URL``, ``SIGNALWIRE_PROJECT_ID`` and
``SIGNALWIRE_TOKEN`` (``SIGNALWIRE_API_TOKEN`` is accepted too). A space may be given as a bare
name (``example``), a host (``example.signalwire.com``) or a URL. Only HTTPS is accepted, except
on loopback hosts, where plain HTTP reaches a local bins server.
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from laml.bins._exceptions import BinsConfigError

__all__ = ["API_PREFIX", "ENV_PROJECT_ID", "ENV_SPACE_URL", "ENV_TOKENS", "Credentials",
           "is_loopback", "normalize_space_url", "resolve_credentials"]

ENV_SPACE_URL = "SIGNALWIRE_SPACE_URL"
ENV_PROJECT_ID = "SIGNALWIRE_PROJECT_ID"
ENV_TOKENS = ("SIGNALWIRE_TOKEN", "SIGNALWIRE_API_TOKEN")

#: Path of the Compatibility REST API under a space.
API_PREFIX = "/api/laml/2010-04-01"

_SPACE_NAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine: ``localhost``, 127.0.0.0/8 or ``::1``."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalize_space_url(space: str) -> str:
    """``scheme://host[:port]`` of a space given as a name, a host or a URL.

    Raises :class:`BinsConfigError` for anything else, and for plain HTTP to a host that is
    not loopback.
    """
    text = space.strip().rstrip("/")
    if not text:
        raise BinsConfigError("the space URL is empty")
    if _SPACE_NAME.match(text) and text.lower() != "localhost":
        return f"https://{text.lower()}.signalwire.com"
    if "://" not in text:
        host_part = urlsplit(f"//{text}").hostname or ""
        text = f"{'http' if is_loopback(host_part) else 'https'}://{text}"
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise BinsConfigError(f"not a usable space URL: {space!r} ({exc})") from None
    scheme = parts.scheme.lower()
    host = parts.hostname
    if not host or parts.username or parts.password:
        raise BinsConfigError(
            f"not a usable space URL: {space!r} (expected a name like 'example', a host like "
            "'example.signalwire.com' or a URL like 'https://example.signalwire.com')"
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise BinsConfigError(
            f"the space URL must not have a path or a query: {space!r} "
            f"(give only the scheme and host, e.g. '{scheme}://{host}')"
        )
    if scheme not in ("https", "http"):
        raise BinsConfigError(f"unsupported scheme {scheme!r} in space URL {space!r}")
    if scheme == "http" and not is_loopback(host):
        raise BinsConfigError(
            f"refusing plain HTTP to {host}: credentials would travel unencrypted; use https "
            "(plain http is only accepted for loopback hosts)"
        )
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc = f"{netloc}:{port}"
    return f"{scheme}://{netloc}"


@dataclass(frozen=True, slots=True)
class Credentials:
    """A space, a project and its token; the token never shows in ``repr``."""

    space_url: str
    project_id: str
    token: str = field(repr=False)


def resolve_credentials(
    space_url: str | None,
    project_id: str | None,
    token: str | None,
    env: Mapping[str, str] | None = None,
) -> Credentials:
    """Fill missing values from the environment and check them; raises BinsConfigError."""
    environ = os.environ if env is None else env
    space = space_url or environ.get(ENV_SPACE_URL, "")
    project = project_id or environ.get(ENV_PROJECT_ID, "")
    secret = token or next((environ[name] for name in ENV_TOKENS if environ.get(name)), "")
    missing: dict[str, str] = {}
    if not space.strip():
        missing["space_url"] = f"the space URL (space_url= or {ENV_SPACE_URL})"
    if not project.strip():
        missing["project_id"] = f"the project ID (project_id= or {ENV_PROJECT_ID})"
    if not secret:
        missing["token"] = f"the API token (token= or {ENV_TOKENS[0]} / {ENV_TOKENS[1]})"
    if missing:
        raise BinsConfigError("missing " + "; ".join(missing.values()), missing=list(missing))
    project = project.strip()
    if not re.fullmatch(r"[A-Za-z0-9._-]+", project) or set(project) == {"."}:
        raise BinsConfigError(f"the project ID {project!r} has characters a project ID never has")
    if any(ch in secret for ch in "\r\n"):
        raise BinsConfigError("the API token contains a line break")
    return Credentials(normalize_space_url(space), project, secret)
