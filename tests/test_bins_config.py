"""Space URL, project ID and token: arguments, environment, and clear errors."""

from __future__ import annotations

import pytest

from laml.bins import BinsClient, BinsConfigError, normalize_space_url, resolve_credentials


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("example", "https://example.signalwire.com"),
        ("Example", "https://example.signalwire.com"),
        ("example.signalwire.com", "https://example.signalwire.com"),
        ("https://example.signalwire.com", "https://example.signalwire.com"),
        ("https://example.signalwire.com/", "https://example.signalwire.com"),
        ("https://example.signalwire.com:8443", "https://example.signalwire.com:8443"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("localhost:9000", "http://localhost:9000"),
        ("http://localhost:9000", "http://localhost:9000"),
        ("http://[::1]:9000", "http://[::1]:9000"),
        ("https://localhost", "https://localhost"),
    ],
)
def test_space_forms(given: str, expected: str) -> None:
    assert normalize_space_url(given) == expected


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("http://example.signalwire.com", "refusing plain HTTP"),
        ("http://10.0.0.5:8080", "refusing plain HTTP"),
        ("ftp://example.signalwire.com", "unsupported scheme"),
        ("https://example.signalwire.com/api/laml", "must not have a path"),
        ("https://user:pw@example.signalwire.com", "not a usable space URL"),
        ("   ", "empty"),
        ("https://example.signalwire.com:99999", "not a usable space URL"),
    ],
)
def test_bad_spaces(given: str, message: str) -> None:
    with pytest.raises(BinsConfigError, match=message):
        normalize_space_url(given)


def test_values_come_from_the_environment() -> None:
    env = {"SIGNALWIRE_SPACE_URL": "example", "SIGNALWIRE_PROJECT_ID": "p-1",
           "SIGNALWIRE_TOKEN": "tok"}
    creds = resolve_credentials(None, None, None, env)
    assert (creds.space_url, creds.project_id, creds.token) == (
        "https://example.signalwire.com", "p-1", "tok")


def test_api_token_variable_is_accepted_and_arguments_win() -> None:
    env = {"SIGNALWIRE_SPACE_URL": "example", "SIGNALWIRE_PROJECT_ID": "p-1",
           "SIGNALWIRE_API_TOKEN": "tok2"}
    assert resolve_credentials(None, None, None, env).token == "tok2"
    creds = resolve_credentials("other", "p-2", "tok3", env)
    assert (creds.space_url, creds.project_id, creds.token) == (
        "https://other.signalwire.com", "p-2", "tok3")


def test_missing_values_are_all_named() -> None:
    with pytest.raises(BinsConfigError) as info:
        resolve_credentials(None, None, None, {})
    text = str(info.value)
    assert "SIGNALWIRE_SPACE_URL" in text
    assert "SIGNALWIRE_PROJECT_ID" in text
    assert "SIGNALWIRE_TOKEN" in text and "SIGNALWIRE_API_TOKEN" in text


def test_only_the_token_missing() -> None:
    with pytest.raises(BinsConfigError) as info:
        resolve_credentials("example", "p-1", None, {})
    assert "token" in str(info.value)
    assert "space" not in str(info.value)


def test_client_reads_the_process_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGNALWIRE_SPACE_URL", "example.signalwire.com")
    monkeypatch.setenv("SIGNALWIRE_PROJECT_ID", "p-9")
    monkeypatch.setenv("SIGNALWIRE_TOKEN", "tok")
    with BinsClient() as client:
        assert client.space_url == "https://example.signalwire.com"
        assert client.project_id == "p-9"


def test_client_without_anything_says_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SIGNALWIRE_SPACE_URL", "SIGNALWIRE_PROJECT_ID", "SIGNALWIRE_TOKEN",
                 "SIGNALWIRE_API_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(BinsConfigError, match="missing"):
        BinsClient()


def test_odd_project_ids_and_tokens_are_refused() -> None:
    with pytest.raises(BinsConfigError, match="project ID"):
        resolve_credentials("example", "p/../x", "tok", {})
    with pytest.raises(BinsConfigError, match="project ID"):
        resolve_credentials("example", "..", "tok", {})
    with pytest.raises(BinsConfigError, match="line break"):
        resolve_credentials("example", "p", "tok\r\nX-Evil: 1", {})
