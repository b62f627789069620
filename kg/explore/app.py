"""The explorer as a web application: its pages and the JSON the page asks for.

Why Starlette: a small, maintained ASGI toolkit whose routes are plain
functions (run in a thread pool, where the blocking neo4j driver belongs),
served by uvicorn. The page's drawing library, vis-network, is not copied
into kg: it is served from the build that the pyvis wheel ships (``kg view``
inlines the same one), so the page needs nothing from outside 127.0.0.1.
The store is only read: every query goes through ``kg.explore.reads`` or
the stored queries, parameters only, in read transactions.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
import pyvis
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kg.cli.main import one_line
from kg.cli.output import plain
from kg.errors import KgError, StoreFailure, UsageError
from kg.explore import reads, views
from kg.explore.names import NameIndex
from kg.explore.shapes import graphml_bytes
from kg.fonts import css_font_stack
from kg.schema import NODE_LABELS, RELATION_TYPES
from kg.store.queries import QueryError, StoredQuery, run_query
from kg.store.session import Store
from kg.write.view import colour

HERE = Path(__file__).resolve().parent
VIS = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"
SEARCH_LIMIT = 20
PAGES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True, keep_trailing_newline=True
)


class Explorer:
    """What the routes share: the open store, the name index and the stored queries."""

    def __init__(self, store: Store, names: NameIndex, queries: dict[str, StoredQuery]):
        self.store, self.names, self.queries = store, names, queries

    def index(self, request: Request) -> HTMLResponse:
        page = PAGES.get_template("index.html").render(
            fonts=css_font_stack(),
            labels=[(label, colour(label)) for label in NODE_LABELS],
            types=RELATION_TYPES,
            where=self.store.where,
        )
        return HTMLResponse(page)

    def article_page(self, request: Request) -> HTMLResponse:
        found = reads.article(self.store, request.path_params["id"])
        if found is None:
            return HTMLResponse("no such article", status_code=404)
        evidence = request.query_params.get("evidence") or ""
        text = found.get("text") or ""
        before, mark, after = text.partition(evidence) if evidence else (text, "", "")
        page = PAGES.get_template("article.html").render(
            fonts=css_font_stack(), article=found, before=before, mark=mark, after=after
        )
        return HTMLResponse(page)

    def search(self, request: Request) -> JSONResponse:
        text = (request.query_params.get("q") or "").strip()
        if not text:
            return JSONResponse({"results": []})
        return JSONResponse({"results": self.names.current().search(text, SEARCH_LIMIT)})

    def around(self, request: Request) -> JSONResponse:
        args = request.query_params
        label, node_id = args.get("label") or "", args.get("id") or ""
        if label not in NODE_LABELS or not node_id:
            raise UsageError(f"a node is asked for by label ({', '.join(NODE_LABELS)}) and id")
        filters = reads.Filters(
            types=tuple(args.getlist("type")) or None,
            labels=tuple(args.getlist("show")) or None,
            date_from=args.get("from") or None,
            date_to=args.get("to") or None,
        )
        return JSONResponse(views.around(self.store, label, node_id, filters))

    def article(self, request: Request) -> JSONResponse:
        found = reads.article(self.store, request.query_params.get("id") or "")
        if found is None:
            return JSONResponse({"error": "no such article"}, status_code=404)
        return JSONResponse(plain(found))

    def query_list(self, request: Request) -> JSONResponse:
        return JSONResponse(
            [
                {
                    "name": q.name,
                    "description": q.description,
                    "params": [vars(p) for p in q.params],
                }
                for q in self.queries.values()
            ]
        )

    async def run_stored(self, request: Request) -> JSONResponse:
        name = request.path_params["name"]
        if name not in self.queries:
            raise QueryError(f"no stored query {name!r}")
        given = await body_json(request)
        if not isinstance(given, dict) or not all(isinstance(v, str) for v in given.values()):
            raise QueryError("a query's parameters are sent as {name: text}")
        query = self.queries[name]
        params = query.bind({k: v for k, v in given.items() if v != ""})
        return JSONResponse(await threaded(self.answer, query, params))

    def answer(self, query: StoredQuery, params: dict) -> dict:
        columns, rows = run_query(self.store, query, params)
        rows = plain(rows)
        entries = views.named_in(self.names.current(), rows)
        return {"columns": columns, "rows": rows, "graph": views.among(self.store, entries)}

    async def export(self, request: Request) -> Response:
        body = graphml_bytes(await body_json(request))
        return Response(
            body,
            media_type="application/graphml+xml",
            headers={"Content-Disposition": 'attachment; filename="kg-view.graphml"'},
        )


async def body_json(request: Request):
    """The request's JSON body; anything else is a bad request."""
    try:
        return await request.json()
    except ValueError:
        raise UsageError(f"{request.url.path} takes a JSON body") from None


async def threaded(function, *args):
    """Run blocking store work off the event loop (sync routes get this from Starlette)."""
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(function, *args)


async def kg_error(request: Request, exc: Exception) -> JSONResponse:
    """A KgError as JSON the page shows in one line: 400 for a bad request, 503 for the store."""
    status = 503 if isinstance(exc, StoreFailure) else 400
    return JSONResponse({"error": one_line(exc)}, status_code=status)


def make_app(
    store: Store,
    names: NameIndex,
    queries: dict[str, StoredQuery],
    allowed_hosts: tuple[str, ...] = ("127.0.0.1", "localhost"),
) -> Starlette:
    """The application over an open store. Requests naming another host are refused (a page
    elsewhere cannot reach the explorer through a name that resolves to 127.0.0.1)."""
    ex = Explorer(store, names, queries)
    routes = [
        Route("/", ex.index),
        Route("/article/{id:path}", ex.article_page),
        Route("/api/search", ex.search),
        Route("/api/around", ex.around),
        Route("/api/article", ex.article),
        Route("/api/queries", ex.query_list),
        Route("/api/query/{name}", ex.run_stored, methods=["POST"]),
        Route("/api/export.graphml", ex.export, methods=["POST"]),
        Route("/favicon.ico", lambda r: Response(status_code=204)),
        Route("/vendor/vis-network.min.js", lambda r: FileResponse(VIS / "vis-network.min.js")),
        Route("/vendor/vis-network.css", lambda r: FileResponse(VIS / "vis-network.css")),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    return Starlette(
        routes=routes,
        middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))],
        exception_handlers={KgError: kg_error},
    )
