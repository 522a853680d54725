"""Upload to any SPARQL 1.1 Graph Store Protocol endpoint: :func:`push`.

Credentials come in the URL (``https://user:password@host/...``, sent as HTTP Basic
authentication) or as a bearer token, and never appear in a message: :func:`shown` writes an
endpoint with its password and secret-looking parameters (``api_key=``...) replaced by
``***``.
"""

from __future__ import annotations

import base64
import os
import re
import string
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from ..errors import Errors, KGError
from .files import RDF_FORMATS, guess_format, open_rdf

HIDDEN = "***"
# Query parameters whose values are credentials, by their usual names.
_SECRET_NAME = re.compile(r"key|token|secret|pass|pwd|auth|sig|credential|session", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x20\x7f-\x9f]")


@dataclass(frozen=True)
class Endpoint:
    """Where to push and how to authenticate: ``url`` holds no user or password."""

    url: str
    shown: str
    authorization: str | None
    secrets: tuple[str, ...]

    def redact(self, text: str) -> str:
        """``text`` with every credential of this endpoint replaced by ``***``."""
        for secret in self.secrets:
            text = text.replace(secret, HIDDEN)
        return text


def parse_endpoint(url: str, token: str | None = None) -> Endpoint:
    """Parse ``url`` (an http or https URL, credentials allowed) and ``token``.

    >>> e = parse_endpoint("https://ann:s3cr%40t@example.org/store?api_key=K1&x=1")
    >>> e.url, e.shown, e.authorization
    ('https://example.org/store?api_key=K1&x=1', 'https://ann:***@example.org/store?api_key=***&x=1', 'Basic YW5uOnMzY3JAdA==')

    Raises
    ------
    KGError
        E107 for anything but an http(s) URL with a host, or credentials given twice.
    """
    secrets = [token] if token else []
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018  (reading it checks the port)
    except ValueError as e:
        raise KGError(Errors.E107.format(url=shown(url), detail=f"not a URL: {e}")) from e
    if parts.password:
        secrets += [parts.password, urllib.parse.unquote(parts.password)]
    secrets += [v for k, v in urllib.parse.parse_qsl(parts.query) if _SECRET_NAME.search(k) and v]
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise KGError(Errors.E107.format(url=shown(url), detail="not an http:// or https:// URL with a host"))
    if _CONTROL.search(url):
        raise KGError(Errors.E107.format(url=shown(url), detail="the URL holds spaces or control characters"))
    if token is not None and (not token or _CONTROL.search(token)):
        raise KGError(Errors.E107.format(url=shown(url), detail="the token is empty or holds spaces"))
    authorization = None
    if parts.username is not None or parts.password is not None:
        if token:
            detail = "credentials are both in the URL and a token: give one"
            raise KGError(Errors.E107.format(url=shown(url), detail=detail))
        pair = f"{urllib.parse.unquote(parts.username or '')}:{urllib.parse.unquote(parts.password or '')}"
        authorization = "Basic " + base64.b64encode(pair.encode("utf-8")).decode("ascii")
        secrets.append(authorization.split()[1])
    elif token:
        authorization = f"Bearer {token}"
    host = parts.netloc.rpartition("@")[2]
    # a path or query in other scripts is sent percent-encoded, as HTTP requires
    rest = urllib.parse.quote(
        urllib.parse.urlunsplit(("", "", parts.path, parts.query, "")), safe=string.punctuation
    )
    bare = f"{parts.scheme}://{host}{rest}"
    ordered = tuple(sorted({s for s in secrets if s}, key=len, reverse=True))
    return Endpoint(bare, shown(url), authorization, ordered)


def shown(url: str) -> str:
    """``url`` as a message may show it: the password and the values of secret-looking
    parameters as ``***``, control characters escaped.

    >>> shown("http://u:p@h:80/s?token=abc&graph=g")
    'http://u:***@h:80/s?token=***&graph=g'
    """
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return _escaped(url)
    netloc = parts.netloc
    if parts.password is not None:
        user, _, host = netloc.rpartition("@")
        netloc = f"{user.partition(':')[0]}:{HIDDEN}@{host}"
    query = "&".join(
        f"{name}={HIDDEN}" if value and _SECRET_NAME.search(urllib.parse.unquote(name)) else pair
        for pair in parts.query.split("&")
        for name, _, value in [pair.partition("=")]
    )
    return _escaped(urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment)))


def _escaped(text: str) -> str:
    return _CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}", text)


def graph_store_url(endpoint: str, graph: str | None = None) -> str:
    """The Graph Store Protocol URL of ``graph`` (the default graph when None) at ``endpoint``.

    >>> graph_store_url("http://127.0.0.1:7878/store")
    'http://127.0.0.1:7878/store?default'
    >>> graph_store_url("http://h/store?key=1", "https://w3id.org/kg-ml/graph#1")
    'http://h/store?key=1&graph=https%3A%2F%2Fw3id.org%2Fkg-ml%2Fgraph%231'
    """
    parameter = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{parameter}"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Follow no redirect: the body cannot be sent again, and credentials must not go to
    another host. The 3xx answer is reported instead."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def push(
    data: str | os.PathLike[str],
    endpoint: str,
    graph: str | None = None,
    *,
    replace: bool = True,
    timeout: float = 60.0,
    token: str | None = None,
) -> None:
    """Upload ``data`` to a SPARQL 1.1 Graph Store Protocol endpoint.

    Parameters
    ----------
    data
        Turtle, N-Triples or JSON-LD, optionally gzipped (sent decompressed).
    endpoint
        The store URL, e.g. ``http://127.0.0.1:7878/store`` for Oxigraph; a user and
        password in it (``https://user:password@host/...``) are sent as Basic authentication.
    graph
        The named graph's IRI; the default graph when None.
    replace
        Replace the graph's content (HTTP PUT), or add to it (POST).
    timeout
        Seconds to wait for the endpoint at each step of the exchange.
    token
        A bearer token (``Authorization: Bearer``), instead of credentials in the URL.

    Raises
    ------
    KGError
        E041 or E042 for the data, E107 for the endpoint, E043 when it cannot be reached,
        E047 when it refuses the upload; none of them shows a credential.
    """
    data = Path(data)
    fmt = guess_format(data)
    target = parse_endpoint(endpoint, token)
    url, shown_url = graph_store_url(target.url, graph), graph_store_url(target.shown, graph)
    headers = {"Content-Type": RDF_FORMATS[fmt]}
    if target.authorization:
        headers["Authorization"] = target.authorization
    with open_rdf(data) as body:
        if data.suffix != ".gz":
            headers["Content-Length"] = str(data.stat().st_size)
        # Without a Content-Length urllib sends the decompressed stream in chunks.
        request = urllib.request.Request(url, data=body, headers=headers, method="PUT" if replace else "POST")
        _send(request, target, shown_url, timeout)


def _send(request: urllib.request.Request, target: Endpoint, shown_url: str, timeout: float) -> None:
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=timeout) as response:
            response.read()
    # `from None`: the exceptions chained would hold the URL as given, credentials and all
    except urllib.error.HTTPError as e:
        detail = e.read(2000).decode("utf-8", errors="replace").strip()[:500] or e.reason
        if 300 <= e.code < 400:
            detail = f"redirected to {shown(e.headers.get('Location') or '?')}; push there instead"
        raise KGError(
            Errors.E047.format(url=shown_url, status=e.code, detail=target.redact(detail))
        ) from None
    except (urllib.error.URLError, OSError) as e:
        detail = target.redact(str(getattr(e, "reason", e)))
        raise KGError(Errors.E043.format(url=shown_url, detail=detail)) from None
    except ValueError as e:  # http.client's InvalidURL, a header it will not send
        raise KGError(Errors.E107.format(url=shown_url, detail=target.redact(str(e)))) from None
