"""`python -m pipeline add URL`: against a local HTTP server on 127.0.0.1 only; no test touches the network."""

from __future__ import annotations

import csv
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from pipeline.build import build
from pipeline.cli import cli
from pipeline.sources.fetch import PROJECT, FetchError, Fetcher, add_page, page_filename

FILLER = " ".join(["Trigger points are tight knots in a muscle that can refer pain elsewhere."] * 6)
PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Dry needling FAQ</title>"
    "<link rel='license' href='https://creativecommons.org/licenses/by/4.0/'></head><body><main>"
    f"<h1>Dry needling FAQ</h1><p>{FILLER}</p><h2>Does dry needling hurt?</h2><p>Most people feel a brief cramp.</p>"
    "<h2>Who performs dry needling?</h2><p>Physical therapists and physicians.</p></main></body></html>"
).encode()
LOGIN = b"<html><body><main><h1>Members</h1><p>Please log in.</p><form><input type='password'></form></main></body></html>"
ROBOTS = f"User-agent: *\nDisallow: /private\n\nUser-agent: {PROJECT}\nDisallow: /private\nDisallow: /members/*/faq\n"


class Handler(BaseHTTPRequestHandler):
    """Routes of a small site: pages, redirects, a robots.txt, and the ways a page can be refused."""

    def log_message(self, *args) -> None:  # keep the test output clean
        pass

    def send(self, status: int, body: bytes = b"", kind: str = "text/html; charset=utf-8", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if "chunked" not in headers.values():
            self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        if headers.get("Transfer_Encoding") == "chunked":
            for start in range(0, len(body), 1000):
                part = body[start:start + 1000]
                self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.server.agents.append(self.headers.get("User-Agent"))
        path = self.path
        if path == "/robots.txt":
            status = self.server.robots_status
            return self.send(status, ROBOTS.encode() if status == 200 else b"", "text/plain")
        if path in ("/faq", "/private/page", "/members/jo/faq"):
            return self.send(200, PAGE)
        if path == "/old-faq":
            return self.send(301, Location="/faq")
        if path == "/to-private":
            return self.send(302, Location="/private/page")
        if path == "/doc.pdf":
            return self.send(200, b"%PDF-1.7\n", "application/pdf")
        if path == "/big":
            return self.send(200, PAGE + b" " * 20_000)
        if path == "/big-chunked":
            return self.send(200, PAGE + b" " * 20_000, Transfer_Encoding="chunked")
        if path == "/slow":
            time.sleep(1.5)
            return self.send(200, PAGE)
        if path == "/licensed":
            return self.send(200, PAGE.replace(b"<link rel='license'", b"<link rel='x'"),
                             Link='<https://creativecommons.org/licenses/by-sa/4.0/>; rel="license"')
        if path == "/latin":  # the page's own meta is wrong; the server's header is right
            return self.send(200, PAGE.replace(b"Dry needling FAQ</h1>", "Renée’s FAQ</h1>".encode("cp1252")),
                             "text/html; charset=windows-1252")
        if path == "/login":
            return self.send(200, LOGIN)
        self.send(404, b"not found")


class Site(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        """A client that hangs up early (size cap, time limit) is what those tests want."""


@pytest.fixture
def site(monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    server = Site(("127.0.0.1", 0), Handler)
    server.agents, server.robots_status = [], 200
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def url(server, path: str) -> str:
    return f"http://127.0.0.1:{server.server_port}{path}"


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    return folder


def add(*args) -> Result:
    result = CliRunner().invoke(cli, ["add", *map(str, args)])
    assert "Traceback" not in result.output and (result.exception is None or isinstance(result.exception, SystemExit))
    return result


def rows(raw: Path) -> list[dict]:
    with (raw / "sources.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def one_error(result: Result, address: str, pattern: str) -> None:
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 1 and len(lines) == 1, result.output
    assert lines[0].startswith(f"{address}: error: ") and pattern in lines[0], lines[0]


def test_a_page_is_saved_with_its_row_after_redirects_and_then_builds(site, raw, tmp_path):
    result = add(url(site, "/old-faq"), "--raw", raw)
    assert result.exit_code == 0, result.output
    name = f"127.0.0.1-{site.server_port}-faq.html"
    assert (raw / name).read_bytes() == PAGE
    [row] = rows(raw)
    assert row["path"] == name and row["source_url"] == url(site, "/faq")
    assert row["title"] == "Dry needling FAQ" and row["license"] == "CC-BY-4.0"
    assert len(row["retrieved"]) == 10 and row["retrieved"][4] == "-"
    assert all(agent.startswith(f"{PROJECT}/") for agent in site.agents)
    validated = CliRunner().invoke(cli, ["validate", str(raw / name), "--raw", str(raw)])
    assert validated.exit_code == 0, validated.output
    built = build(raw, tmp_path / "out")
    assert built.rows["qa_pairs"] == 2 and built.rows["documents"] == 1


@pytest.mark.parametrize("path, problem", [
    ("/private/page", "robots.txt disallows it"),
    ("/members/jo/faq", "robots.txt disallows it"),
    ("/to-private", "robots.txt disallows it"),
    ("/doc.pdf", "not an HTML page (content type application/pdf)"),
    ("/missing", "HTTP 404"),
    ("/login", "not a usable page: a login wall"),
])
def test_refusals_are_one_line_and_write_nothing(site, raw, path, problem):
    one_error(add(url(site, path), "--raw", raw), url(site, path), problem)
    assert list(raw.iterdir()) == []


def test_a_redirect_into_a_disallowed_path_names_the_hop(site):
    with Fetcher() as fetcher, pytest.raises(FetchError, match="to-private: redirected to http://.*/private/page: refused: robots.txt"):
        fetcher.fetch(url(site, "/to-private"))


def test_an_unreadable_robots_txt_means_nothing_may_be_fetched(site, raw):
    site.robots_status = 503
    one_error(add(url(site, "/faq"), "--raw", raw), url(site, "/faq"), "robots.txt could not be read (HTTP 503)")


def test_a_missing_robots_txt_allows_everything(site, raw):
    site.robots_status = 404
    assert add(url(site, "/private/page"), "--raw", raw).exit_code == 0


@pytest.mark.parametrize("path", ["/big", "/big-chunked"])
def test_a_page_over_the_size_cap_is_refused(site, raw, path):
    one_error(add(url(site, path), "--raw", raw, "--max-bytes", 5000), url(site, path), "larger than the limit")


def test_a_slow_page_times_out(site, raw):
    one_error(add(url(site, "/slow"), "--raw", raw, "--timeout", 0.3), url(site, "/slow"), "timed out")


def test_an_existing_file_is_never_replaced_silently(site, raw):
    assert add(url(site, "/faq"), "--raw", raw).exit_code == 0
    name = page_filename(url(site, "/faq"))
    (raw / name).write_bytes(b"<html>edited by hand</html>")
    one_error(add(url(site, "/faq"), "--raw", raw), url(site, "/faq"), "already exists (use --overwrite")
    assert (raw / name).read_bytes() == b"<html>edited by hand</html>"
    assert add(url(site, "/faq"), "--raw", raw, "--overwrite").exit_code == 0
    assert (raw / name).read_bytes() == PAGE and len(rows(raw)) == 1


def test_a_page_listed_under_another_name_is_refused(site, raw):
    (raw / "mine.html").write_bytes(PAGE)
    (raw / "sources.csv").write_text(f"path,source_url,title,retrieved,license\nmine.html,{url(site, '/faq')},,,\n", encoding="utf-8")
    one_error(add(url(site, "/faq"), "--raw", raw), url(site, "/faq"), "already in")


def test_rows_are_appended_to_an_existing_sources_csv(site, raw):
    (raw / "seed.txt").write_text("What is it?\n\nA knot.\n", encoding="utf-8")
    (raw / "sources.csv").write_text("path,source_url,title,retrieved,license\nseed.txt,,Seed,,", encoding="utf-8")
    assert add(url(site, "/faq"), "--raw", raw).exit_code == 0
    assert [r["path"] for r in rows(raw)] == ["seed.txt", page_filename(url(site, "/faq"))]


def test_a_licence_from_the_link_header_is_recorded(site, raw):
    assert add(url(site, "/licensed"), "--raw", raw).exit_code == 0
    assert rows(raw)[0]["license"] == "CC-BY-SA-4.0"


def test_the_servers_charset_is_recorded_and_used_when_the_page_is_read(site, raw, tmp_path):
    assert add(url(site, "/latin"), "--raw", raw).exit_code == 0
    [row] = rows(raw)
    assert row["charset"] == "windows-1252"
    build(raw, tmp_path / "out")
    import pandas as pd
    text = pd.read_csv(tmp_path / "out" / "documents.csv").text[0]
    assert "Renée’s FAQ" in text


def test_several_addresses_one_line_each_and_exit_1_when_one_fails(site, raw):
    result = add(url(site, "/faq"), url(site, "/doc.pdf"), "--raw", raw)
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 2 and lines[0].startswith("added ") and lines[1].startswith(url(site, "/doc.pdf") + ": error: ")


def test_a_site_that_does_not_answer(raw, monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    with socket.socket() as probe:  # a port nothing listens on once closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    address = f"http://127.0.0.1:{port}/faq"
    one_error(add(address, "--raw", raw, "--timeout", 2), address, "cannot connect")


def test_not_a_web_address_and_a_missing_raw_folder(site, tmp_path):
    one_error(add("ftp://example.org/faq", "--raw", tmp_path), "ftp://example.org/faq", "not an http(s) address")
    one_error(add(url(site, "/faq"), "--raw", tmp_path / "nope"), url(site, "/faq"), "raw folder")


def test_library_add_page_returns_what_it_wrote(site, raw):
    with Fetcher() as fetcher:
        added = add_page(fetcher, url(site, "/faq"), raw)
    assert added.path == page_filename(url(site, "/faq")) and added.row["title"] == "Dry needling FAQ"


@pytest.mark.parametrize("address, name", [
    ("https://www.example.org/patients/FAQ/Dry-Needling.html", "example.org-patients-faq-dry-needling.html"),
    ("https://example.org/", "example.org.html"),
    ("https://example.org/faq?page=2", "example.org-faq-"),
])
def test_readable_file_names(address, name):
    assert page_filename(address).startswith(name) and page_filename(address).endswith(".html")
