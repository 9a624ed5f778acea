"""``/laml-bins/{sid}`` renders a bin with the request's parameters, and the example runs.

These tests call the real renderer, ``laml.render_bin`` (and the example also ``laml.lint``).
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from laml.server import FINDINGS_HEADER, LocalServer

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = "<Response><Say>Hello {{Name}}, you called from {{From}}</Say></Response>"


def test_get_renders_with_query_parameters_and_counts(bins_server: LocalServer) -> None:
    with bins_server.client() as client:
        item = client.create("Greeting", TEMPLATE, validate=False)
        response = httpx.get(item.request_url, params={"Name": "Ada", "From": "+15551234567"})
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/xml")
        assert "Hello Ada, you called from +15551234567" in response.text
        assert response.text.rstrip().endswith("</Response>")
        httpx.get(item.request_url)
        seen = client.get(item.sid)
    assert seen.num_requests == 2
    assert seen.date_last_accessed is not None


def test_post_renders_with_form_parameters(bins_server: LocalServer) -> None:
    with bins_server.client() as client:
        item = client.create("Greeting", TEMPLATE, validate=False)
    response = httpx.post(item.request_url, params={"Name": "query"},
                          data={"Name": "Grace", "From": "+15557654321"})
    assert response.status_code == 200
    assert "Hello Grace, you called from +15557654321" in response.text


def test_array_parameters_iterate_in_a_section(bins_server: LocalServer) -> None:
    template = "<Response><Dial>{{#Dest}}<Number>{{.}}</Number>{{/Dest}}</Dial></Response>"
    with bins_server.client() as client:
        item = client.create("Ring group", template, validate=False)
    numbers = ["+12025550101", "+17035550102"]
    by_query = httpx.get(item.request_url, params=[("Dest[]", n) for n in numbers])
    by_form = httpx.post(item.request_url, data={"Dest[]": numbers})
    for response in (by_query, by_form):
        assert response.status_code == 200, response.text
        assert (
            "<Dial><Number>+12025550101</Number><Number>+17035550102</Number></Dial>"
            in response.text
        )


def test_values_are_escaped(bins_server: LocalServer) -> None:
    with bins_server.client() as client:
        item = client.create("Greeting", TEMPLATE, validate=False)
    response = httpx.get(item.request_url, params={"Name": "<Hangup/> & co"})
    assert response.status_code == 200
    assert "<Hangup/>" not in response.text
    assert "&lt;Hangup/&gt; &amp; co" in response.text


def test_an_invalid_rendered_document_is_served_with_its_findings(
    bins_server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    # The platform serves what the template gives; the local server does too, and says why
    # the document is not valid in a header and in its log.
    with bins_server.client() as client:
        item = client.create("Not a response", "<Hello>{{Name}}</Hello>", validate=False)
    with caplog.at_level(logging.WARNING, logger="laml.server"):
        response = httpx.get(item.request_url, params={"Name": "x"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/xml")
    assert response.text == "<Hello>x</Hello>"
    assert response.headers[FINDINGS_HEADER] == "LAML003"
    assert any(item.sid in r.getMessage() and "LAML003" in r.getMessage()
               for r in caplog.records)


def test_findings_are_named_once_each_in_order(bins_server: LocalServer) -> None:
    template = "<Response><Play>{{a}}</Play><Play>{{b}}</Play><Pause length='{{n}}'/></Response>"
    with bins_server.client() as client:
        item = client.create("Empty plays", template, validate=False)
    response = httpx.get(item.request_url, params={"n": "x"})
    assert response.status_code == 200
    codes = response.headers[FINDINGS_HEADER].split(",")
    assert len(codes) == len(set(codes)) >= 2
    assert all(code.startswith("LAML") for code in codes)
    clean = httpx.get(item.request_url, params={"a": "a.mp3", "b": "b.mp3", "n": "2"})
    assert clean.status_code == 200 and FINDINGS_HEADER not in clean.headers


def test_a_template_that_cannot_be_read_is_an_error(bins_server: LocalServer) -> None:
    with bins_server.client() as client:
        item = client.create("Broken", "<Response>{{#open}}</Response>", validate=False)
    response = httpx.get(item.request_url)
    assert response.status_code == 500
    body = response.json()
    assert body["status"] == 500 and isinstance(body["code"], int)
    assert "cannot be rendered" in body["message"]


def test_the_example_runs() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "examples" / "manage_bins.py")],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for step in ("local bins server on http://127.0.0.1:", "created", "listed", "updated",
                 "rendered", "refused", "deleted"):
        assert step in out, step
    assert "Hello +15551234567" in out
