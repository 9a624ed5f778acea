"""Contract test: the local server's LamlBins endpoints against the platform's OpenAPI.

Every operation is exercised, successes and refusals; each answer's status must be one the
description lists for that operation, and its body must validate against the schema given for
that status (JSON Schema 2020-12, as OpenAPI 3.1 uses, closed objects included). The schemas
come from ``tests/fixtures/lamlbins-openapi.yaml``, a copy of the LamlBins part of the
description; the last test checks the copy against the full description when it is at hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from laml.server import LocalServer

FIXTURE = Path(__file__).parent / "fixtures" / "lamlbins-openapi.yaml"
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "reference" / \
    "compatibility-api.openapi.yaml"
PREFIX = "/api/laml/2010-04-01"
DOC_URI = "urn:lamlbins-openapi"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return dict(yaml.safe_load(FIXTURE.read_text(encoding="utf-8")))


class Checker:
    """Sends requests and checks each answer against the operation it belongs to."""

    def __init__(self, spec: dict[str, Any], server: LocalServer) -> None:
        self.spec = spec
        resource = Resource.from_contents(spec, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(DOC_URI, resource)
        self.server = server
        self.http = httpx.Client(base_url=server.url, auth=(server.project_id, server.token))
        self.seen: set[tuple[str, str, int]] = set()

    def operation(self, method: str, path: str) -> tuple[str, dict[str, Any]]:
        relative = path.split("?", maxsplit=1)[0].removeprefix(PREFIX)
        for template, item in self.spec["paths"].items():
            pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + \
                r"(\.json)?$"
            if re.match(pattern, relative, re.IGNORECASE) and method.lower() in item:
                return template, item[method.lower()]
        raise AssertionError(f"{method} {path} is not a LamlBins operation")

    def validate(self, instance: Any, schema_ref: str) -> None:
        schema = {"$ref": f"{DOC_URI}{schema_ref}"}
        validator = jsonschema.Draft202012Validator(
            schema, registry=self.registry, format_checker=jsonschema.FormatChecker()
        )
        errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
        assert not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors)

    def send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        response = self.http.request(method, path, **kwargs)
        template, operation = self.operation(method, path)
        status = str(response.status_code)
        documented = operation["responses"]
        assert status in documented, (
            f"{operation['operationId']} answered {status}; documented: {sorted(documented)}")
        self.seen.add((operation["operationId"], template, response.status_code))
        content = documented[status].get("content")
        if content is None:
            assert response.content == b""
            return response
        assert response.headers["content-type"].startswith("application/json")
        self.validate(response.json(), content["application/json"]["schema"]["$ref"])
        return response


@pytest.fixture
def checker(spec: dict[str, Any], bins_server: LocalServer) -> Iterator[Checker]:
    check = Checker(spec, bins_server)
    yield check
    check.http.close()


def test_every_operation_and_its_answers_match_the_description(checker: Checker) -> None:
    base = f"{PREFIX}/Accounts/{checker.server.project_id}/LamlBins"
    missing = "5184b831-184f-4209-872d-ccdccc80f2f1"

    created = checker.send("POST", base, data={"Name": "Death Star IVR",
                                               "Contents": "<Response><Say>Hi</Say></Response>"})
    assert created.status_code == 201
    sid = created.json()["sid"]
    assert checker.send("POST", base + ".json", data={"Name": "Default"}).status_code == 201
    for i in range(3):
        checker.send("POST", base, data={"Name": f"filler {i}"})
    assert checker.send("POST", base, data={"Contents": "<Response/>"}).status_code == 400

    assert checker.send("GET", f"{base}/{sid}").status_code == 200
    assert checker.send("GET", f"{base}/{sid}.json").status_code == 200
    assert checker.send("GET", f"{base}/{missing}").status_code == 404

    assert checker.send("POST", f"{base}/{sid}", data={"Name": "Hoth IVR"}).status_code == 200
    assert checker.send("POST", f"{base}/{sid}", data={"Contents": "<Response/>"}
                        ).status_code == 400
    assert checker.send("POST", f"{base}/{missing}", data={"Name": "x"}).status_code == 404

    first = checker.send("GET", base, params={"PageSize": 2}).json()
    following = first["next_page_uri"]
    while following:
        page = checker.send("GET", following).json()
        following = page["next_page_uri"]
    assert page["previous_page_uri"]
    checker.send("GET", page["previous_page_uri"])
    checker.send("GET", base + ".json", params={"Name": "Hoth"})
    assert checker.send("GET", base, params={"PageSize": 5000}).status_code == 400
    assert checker.send("GET", base, params={"PageToken": "bogus"}).status_code == 400

    assert checker.send("DELETE", f"{base}/{sid}").status_code == 204
    assert checker.send("DELETE", f"{base}/{sid}").status_code == 404

    outsider = httpx.Client(base_url=checker.server.url, auth=("nobody", "nothing"))
    checker.http, kept = outsider, checker.http
    try:
        for method, path in (("GET", base), ("POST", base), ("GET", f"{base}/{sid}"),
                             ("POST", f"{base}/{sid}"), ("DELETE", f"{base}/{sid}")):
            assert checker.send(method, path, data={"Name": "x"} if method == "POST" else None
                                ).status_code == 401
    finally:
        checker.http = kept
        outsider.close()

    operations = {op["operationId"] for item in checker.spec["paths"].values()
                  for op in item.values()}
    assert {seen[0] for seen in checker.seen} == operations
    for operation_id in operations:
        statuses = {s for op, _, s in checker.seen if op == operation_id}
        assert 401 in statuses and any(200 <= s < 300 for s in statuses), operation_id


def test_request_bodies_the_description_allows_are_accepted(checker: Checker) -> None:
    base = f"{PREFIX}/Accounts/{checker.server.project_id}/LamlBins"
    create = checker.spec["components"]["schemas"]["CreateCxmlScriptRequest"]
    update = checker.spec["components"]["schemas"]["UpdateCxmlScriptRequest"]
    assert create["required"] == ["Name"] and update["required"] == ["Name"]
    only_required = checker.send("POST", base, data={"Name": "n"})
    assert only_required.status_code == 201
    sid = only_required.json()["sid"]
    every_field = {name: "<Response/>" if name == "Contents" else "n2"
                   for name in update["properties"]}
    assert checker.send("POST", f"{base}/{sid}", data=every_field).status_code == 200
    every_field = {name: "<Response/>" if name == "Contents" else "n3"
                   for name in create["properties"]}
    assert checker.send("POST", base, data=every_field).status_code == 201


def test_the_schema_check_is_not_toothless(checker: Checker) -> None:
    good = checker.spec["components"]["schemas"]["CxmlScript"]["required"]
    assert "sid" in good
    with pytest.raises(AssertionError, match="num_requests"):
        checker.validate({"sid": "5184b831-184f-4209-872d-ccdccc80f2f1"},
                         "#/components/schemas/CxmlScriptResponse")
    with pytest.raises(AssertionError, match="sid"):
        checker.validate({"code": 1, "message": "m", "more_info": "u", "status": 400,
                          "sid": "x"}, "#/components/schemas/CompatibilityErrorResponse")


def test_fixture_matches_the_full_description() -> None:
    if not SHARED.is_file():
        pytest.skip(f"the full OpenAPI description is not at {SHARED} (only in the development "
                    "workspace); the fixture copy is used instead")
    full = yaml.safe_load(SHARED.read_text(encoding="utf-8"))
    copy = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    for path, item in copy["paths"].items():
        assert full["paths"][path] == item, path
    for kind, entries in copy["components"].items():
        for name, value in entries.items():
            assert full["components"][kind][name] == value, f"{kind}/{name}"
