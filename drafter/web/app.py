"""The web app: server-rendered pages in Chinese and a JSON twin of every action under /api/.

Every action calls the library (:func:`drafter.open_workspace` and the methods of its
:class:`~drafter.api.Workspace`) in a worker thread; nothing here shells out or imports click.
A :class:`~drafter.errors.DrafterError` becomes the same one line the command line prints (with
an uploaded file named as the user named it), shown on the page or as ``{"error": …}``; any
other failure is one line too, and the server stays up.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
import sys
import threading
import traceback
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import quote, urlencode

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import QueryParams, UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import (
    FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from .. import errors
from ..cli_output import elsewhere_note, issued_by_note
from ..compose.asks import read_suggestion_text
from ..errors import DrafterError
from ..fileio import OLD_FORMATS, sha256_file
from ..lazyre import lazy
from ..model import FACT_KIND_NAMES, REPLY
from ..read import SUFFIXES
from ..textutil import without_controls
from ..withdraw import withdrawn_source
from . import files, views
from .config import ServeSettings
from .jobs import Jobs
from .security import SESSION_COOKIE, Guard, hash_password, is_loopback
from .seeds import BaseStatus, SeedWatch, add_to_seeds
from .drafting import DraftsRecord, WorkspaceCache, draft

HERE = Path(__file__).resolve().parent
DRAFT_FIELDS = ("number", "topic", "deputy", "session", "type", "role", "lead", "with", "proposal",
                "date", "doc_number", "text")
TRUE = ("1", "true", "on", "yes", "是")
# The control that fixes a library error (DrafterError.fix), as the pages name it.
FIX_HINTS = {
    errors.FORCE: "网页不会不经确认覆盖已有文件，请重新提交，再选择覆盖或另存为新文件",
    errors.LEAD: "请填写“主办单位”",
    errors.WORKSPACE: "启动时用 drafter serve --workspace 指定",
}


class JSONOut(JSONResponse):
    """JSON as ``--json`` prints it: CJK kept readable, dates and paths as text."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, default=str).encode("utf-8")


# ------------------------------------------------------------------ state of one server


@dataclass
class WebState:
    root: Path
    settings: ServeSettings
    guard: Guard
    jobs: Jobs
    templates: Jinja2Templates
    cache: WorkspaceCache | None = None
    org: str = ""
    # taken on the event loop only; a lock lives while a request holds or awaits it, no longer
    path_locks: weakref.WeakValueDictionary[str, asyncio.Lock] = field(default_factory=weakref.WeakValueDictionary)
    drafts_record: DraftsRecord = field(default_factory=DraftsRecord)
    facts_lock: threading.Lock = field(default_factory=threading.Lock)  # edits vs refresh in this server
    workers: Any = None  # DraftWorkers: drafting processes (drafter serve); None drafts in this process
    seeds: SeedWatch = field(default_factory=SeedWatch)  # what the pages say of the fact base

    def base_status(self) -> BaseStatus | None:
        """The fact base as every page announces it (empty, files of seeds/ not yet distilled);
        None when it cannot be read (the page's own action then says why)."""
        try:
            return self.seeds.status(self.workspace())
        except Exception:
            return None

    def workspace(self):
        """The workspace, read again only when drafter.yaml changed since the last request."""
        return self.cache.get()

    def hand_over(self, suggestion, target: Path, force: bool, preview: bool = True) -> Callable[[], dict]:
        """One draft as the pages show it (:func:`drafting.draft`), in a drafting process if any:
        handed over now, and the function returned waits for it (to be called in a thread);
        without drafting processes, that function drafts."""
        if self.workers is not None:
            return self.workers.hand_over(suggestion, target, force, preview)
        return lambda: draft(self.workspace(), suggestion, target, force, preview)

    def path_lock(self, path: Path) -> asyncio.Lock:
        """The lock held while ``path`` is drafted and recorded (on the event loop). Kept only by
        those holding or awaiting it (``async with``), so the table does not grow with every file
        ever drafted (each refused rewrite offers a new version name)."""
        lock = self.path_locks.get(str(path))
        if lock is None:
            lock = self.path_locks[str(path)] = asyncio.Lock()
        return lock


BROKEN_FORM = "提交的表单数据不完整或格式不对（上传中断？），请重新提交"


class ShownError(Exception):
    """A one-line message for the user (a DrafterError already rendered for the page)."""


class NeedsConfirming(ShownError):
    """A change the form must confirm first (a fact's year emptied: 确认清除年份)."""


def describe(exc: BaseException, uploads: dict[str, str] | None = None) -> str:
    """The one line a user sees: a DrafterError as the CLI prints it, the upload's own name in
    place of its stored path; anything else as 内部错误 (the traceback goes to the server log)."""
    if isinstance(exc, ShownError):
        return str(exc)
    if isinstance(exc, DrafterError):
        text = str(exc)
        # the longest first: an upload's stored path before the workspace's folder it lies in
        for stored, original in sorted((uploads or {}).items(), key=lambda kv: -len(kv[0])):
            text = text.replace(stored, original)
        hint = FIX_HINTS.get(exc.fix)
        return f"{text}（{hint}）" if hint else text
    if isinstance(exc, files.UploadTooLarge):
        return exc.message
    traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
    return f"内部错误：{type(exc).__name__}: {exc}（服务仍在运行，可重试；详情见服务窗口）"


# ------------------------------------------------------------------ request helpers


def state_of(request: Request) -> WebState:
    return request.app.state.web


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


async def read_form(request: Request) -> tuple[dict[str, Any], dict[str, list[str]], UploadFile | None]:
    """The fields of a form (or a JSON body): single values, repeated values, and the upload ``file``."""
    single, multi, uploads = await read_uploads(request)
    return single, multi, (uploads[-1] if uploads else None)


async def read_uploads(request: Request) -> tuple[dict[str, Any], dict[str, list[str]], list[UploadFile]]:
    """The fields of a form (or a JSON body) as :func:`read_form` reads them, and every upload
    ``file`` (a form may send several)."""
    if request.headers.get("content-type", "").startswith("application/json"):
        try:
            data = json.loads(await request.body() or b"{}")
        except ValueError:
            raise ShownError("请求内容不是有效的 JSON") from None
        if not isinstance(data, dict):
            raise ShownError("请求内容应为 JSON 对象")
        multi = {k: [str(x) for x in v] if isinstance(v, list) else [str(v)]
                 for k, v in data.items() if v is not None}
        return {k: (v[-1] if isinstance(v, list) and v else v) for k, v in data.items()}, multi, []
    limit = state_of(request).settings.upload_limit
    try:
        form = await request.form(max_part_size=limit)
    except HTTPException as exc:  # starlette's words for a broken body (Invalid multipart data…)
        if "maximum size" in str(exc.detail):
            raise files.UploadTooLarge(limit) from None
        raise ShownError(BROKEN_FORM) from None
    single: dict[str, Any] = {}
    multi: dict[str, list[str]] = {}
    uploads = []
    for key, value in form.multi_items():
        if isinstance(value, UploadFile):
            if key == "file" and value.filename:
                uploads.append(value)
            continue
        single[key] = value
        multi.setdefault(key, []).append(value)
    return single, multi, uploads


async def save_upload(request: Request, upload: UploadFile | None, what: str,
                      suffixes: tuple[str, ...] | None = None) -> tuple[Path, dict[str, str]]:
    """Store the upload in the workspace; (its path, {stored path: the user's name})."""
    if upload is None:
        raise ShownError(f"请选择要上传的{what}")
    st = state_of(request)
    data = await upload.read()
    if len(data) > st.settings.upload_limit:
        raise files.UploadTooLarge(st.settings.upload_limit)
    name = files.safe_name(upload.filename)
    hint = files.resave_hint(Path(name).suffix)
    if hint:
        raise ShownError(f"{name}: 是旧版格式（{Path(name).suffix.lower()}），无法读取，{hint}")
    if suffixes and Path(name).suffix.lower() not in suffixes:
        raise ShownError(f"{name}: 不支持的文件类型（{what}应为 {' '.join(suffixes)}）")
    path = await run_in_threadpool(files.store_upload, st.root, name, data)
    return path, {str(path): name, st.root.as_posix() + "/": ""}


async def receive_upload(request: Request, uploads: dict[str, str], what: str,
                         suffixes: tuple[str, ...] | None = None) -> tuple[dict[str, Any], Path]:
    """The form's fields and its ``file`` stored in the workspace; ``uploads`` gets {stored path:
    the user's name} so that an error about the file names it as the user did."""
    single, _, upload = await read_form(request)
    path, names = await save_upload(request, upload, what, suffixes)
    uploads.update(names)
    return single, path


def failure(request: Request, exc: BaseException, uploads: dict[str, str] | None, template: str,
            **context) -> Response:
    """An action that failed: ``{"error": line}`` on /api/, else the page with the line shown."""
    message = describe(exc, uploads)
    status = 413 if isinstance(exc, files.UploadTooLarge) else 400
    if wants_json(request):
        return api_answer(request, {"error": message}, status)
    return page(request, template, status, error=message, **context)


def downloads(root: Path, *paths) -> list[dict]:
    out = []
    for path in paths:
        if path is None:
            continue
        url = files.download_url(root, path)
        if url:
            out.append({"name": Path(path).name, "url": url})
    return out


def page(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
    st = state_of(request)
    session = request.state.session
    context.setdefault("error", None)
    context.setdefault("notice", None)
    return st.templates.TemplateResponse(request, template, {
        "csrf": session.csrf if session else "", "needs_login": st.guard.needs_login,
        "logged_in": bool(session and session.user),
        "upload_limit_mb": st.settings.upload_limit / 1024 / 1024, "active": template.split(".")[0],
        "org": st.org, "base": getattr(request.state, "base", None), **context}, status_code=status)


def form_page(template: str) -> Callable:
    """The endpoint showing an action's empty form."""
    async def show(request: Request) -> Response:
        return page(request, template)

    return show


def api_error(message: str, status: int = 400) -> JSONResponse:
    return JSONOut({"error": message}, status_code=status)


def api_answer(request: Request, content: Any, status_code: int = 200) -> JSONResponse:
    """An answer of /api/: what the command's ``--json`` prints, each path inside the workspace
    relative to it (:func:`files.workspace_relative`), with the same field names."""
    return JSONOut(files.workspace_relative(content, state_of(request).root), status_code=status_code)


# ------------------------------------------------------------------ 起草


def draft_options(single: dict[str, Any], multi: dict[str, list[str]]) -> dict[str, Any]:
    """The keyword arguments of Workspace.draft from form fields named like the CLI options."""
    def value(key: str) -> str | None:
        v = single.get(key)
        v = str(v).strip() if v is not None else ""
        return v or None

    units: list[str] = []
    for raw in multi.get("with", []):
        units += [u.strip() for u in str(raw).replace("，", "、").replace(",", "、").split("、") if u.strip()]
    proposal = single.get("proposal")
    return {
        "number": value("number") or "", "topic": value("topic") or "", "deputy": value("deputy"),
        "session": value("session"), "type": value("type"), "role": value("role") or "主办",
        "lead": value("lead"), "with_": units,
        "proposal": proposal is True or str(proposal).strip().lower() in TRUE,
        "date": value("date"), "doc_number": value("doc_number"), "text": value("text"),
    }


async def start_workers(st: WebState) -> None:
    """Start the drafting processes when none run yet or their pool broke since (in a thread:
    spawning blocks); a cheap look on the event loop otherwise."""
    if st.workers is not None and st.workers.needs_start():
        await run_in_threadpool(st.workers.start)


async def run_draft(st: WebState, options: dict[str, Any], out_name: str | None, preview: bool = True,
                    overwrite: str | None = None) -> dict:
    """Draft through the library. An existing drafts/<number>.docx (as the CLI names it) is
    rewritten only when the clerk said so (``overwrite``: that file's name, the page's 覆盖) and it
    is exactly what this server wrote; otherwise the result names the file and a free new version
    instead of a draft (an edited or foreign file is never overwritten). What reads files (the workspace,
    the drafts record, the drafts folder) runs in threads; the event loop only takes the draft's
    path lock and hands the draft over (the drafting processes get it as soon as it is read); a
    thread then waits for the draft (made in a drafting process, or in that thread when there are
    none) and records it (a flushed write)."""
    suggestion, target = await run_in_threadpool(draft_target, st, options, out_name)
    await start_workers(st)  # cold, or a worker died since: started, so that handing over only submits
    async with st.path_lock(target):  # the same file being drafted: rare, and short
        refused = await run_in_threadpool(may_write, st, target, overwrite == target.name)
        if refused:
            return refused
        answer = st.hand_over(suggestion, target, force=overwrite == target.name, preview=preview)

        def drafted() -> dict:
            result = answer()
            st.drafts_record.record(Path(result["path"]), result["sha256"], number=suggestion.number)
            return result

        return await run_in_threadpool(drafted)


def draft_target(st: WebState, options: dict[str, Any], out_name: str | None):
    """(the Suggestion, the file to write) for the form's options."""
    from ..api import draft_file_name, make_suggestion

    ws = st.workspace()
    kwargs = dict(options)
    number, topic = kwargs.pop("number"), kwargs.pop("topic")
    if not number:
        raise ShownError("请填写建议（提案）编号")
    if not topic:
        raise ShownError("请填写建议（提案）标题")
    suggestion = make_suggestion(number, topic, **kwargs)
    if out_name:
        name = files.safe_name(out_name, draft_file_name(suggestion))
        if not name.lower().endswith(".docx"):
            name += ".docx"
        target = ws.drafts_dir / name
    else:
        target = ws.drafts_dir / draft_file_name(suggestion)
    return suggestion, target


def may_write(st: WebState, target: Path, overwrite: bool) -> dict | None:
    """The answer refusing to write ``target``, naming a free new version: it exists and the
    clerk did not say to overwrite it (``exists``), or it may not be overwritten at all (``kept``:
    edited, or not this server's); None when it may be written. With the draft's path lock held."""
    why = st.drafts_record.kept(target)
    if why:
        return {"kept": str(target), "why": why, "version": files.next_version(target).name}
    if target.exists() and not overwrite:
        return {"exists": str(target), "version": files.next_version(target).name}
    return None


def draft_page_context(st: WebState, ws) -> dict:
    return {"classes": ws.classes, "org_name": ws.name}


async def draft_form(request: Request) -> Response:
    st = state_of(request)
    ws = await run_in_threadpool(st.workspace)
    return page(request, "draft.html", values={"role": "主办"}, **draft_page_context(st, ws))


async def draft_action(request: Request) -> Response:
    st = state_of(request)
    as_json = wants_json(request)
    single: dict[str, Any] = {}
    uploads: dict[str, str] = {}
    try:
        single, multi, upload = await read_form(request)
        options = draft_options(single, multi)
        if upload is not None and not options["text"]:
            path, names = await save_upload(request, upload, "建议正文文件")
            uploads.update(names)
            options["text"] = await run_in_threadpool(read_suggestion_text, path)
        result = await run_draft(st, options, single.get("out"), not as_json, single.get("overwrite"))
    except Exception as exc:
        ws = await run_in_threadpool(st.workspace)
        return failure(request, exc, uploads, "draft.html", values=single, **draft_page_context(st, ws))
    sent = {**single, "text": options["text"] or ""}  # an uploaded text as the form's own, to send again
    if "version" in result:  # an existing file: kept, or overwritten only once the clerk says so
        there = Path(result.get("kept") or result["exists"])
        message = (f"{_rel(st.root, there)} 已存在且{result['why']}，未覆盖" if "kept" in result
                   else f"{_rel(st.root, there)} 已存在，未覆盖")
        if as_json:
            return api_answer(request, {"error": message, "existing": downloads(st.root, there),
                                        "suggested_out": result["version"],
                                        **({} if "kept" in result else {"overwrite": there.name})},
                              status_code=409)
        ws = await run_in_threadpool(st.workspace)
        return page(request, "draft.html", 409, kept=message, values=sent, version=result["version"],
                    existing=downloads(st.root, there), overwrite=None if "kept" in result else there.name,
                    **draft_page_context(st, ws))
    data = result["report"]
    links = downloads(st.root, result["path"])
    if as_json:
        return api_answer(request, {**data, "downloads": links})
    marks = views.link_marks(result["blocks"], data["placeholders"])
    return page(request, "draft_result.html", report=data, blocks=result["blocks"], links=links, marks=marks,
                relpath=_rel(st.root, Path(result["path"])), values=sent, fields=DRAFT_FIELDS)


async def draft_again(request: Request) -> Response:
    """The 起草 form filled with what a draft was made from (its result page's 修改后重新起草)."""
    st = state_of(request)
    single, _, _ = await read_form(request)
    ws = await run_in_threadpool(st.workspace)
    values = {k: v for k, v in single.items() if k in DRAFT_FIELDS}
    return page(request, "draft.html", values=values, **draft_page_context(st, ws))


def _rel(root: Path, path: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.name


# ------------------------------------------------------------------ 批量


def run_batch(st: WebState, list_path: Path, progress: Callable | None = None,
              waiting: Callable[[str], None] | None = None):
    """The batch of the uploaded list into drafts/<its name>/. One batch at a time writes a
    folder (the library's lock, whoever else writes it): ``waiting(folder)`` says this one waits."""
    from ..batch import TEXT_FILE_UNREADABLE

    ws = st.workspace()
    if st.workers is not None:  # in one drafting process: the server stays free for the pages
        report = st.workers.batch(list_path, ws.drafts_dir / list_path.stem, progress=progress, waiting=waiting)
    else:  # in this process, one draft after the other: forking a threaded server is unsafe
        report = ws.batch(list_path, ws.drafts_dir / list_path.stem, jobs=1, progress=progress, waiting=waiting)
    for problem in report.problems:  # a file its 建议内容 names: the page was sent the list alone
        if TEXT_FILE_UNREADABLE in problem.message:
            problem.message += NOT_BESIDE_HINT
    return report


# (the batch page takes an .xlsx or .csv alone: the files beside the list on the clerk's computer are not sent)
NOT_BESIDE_HINT = "（网页只收到清单本身，看不到清单旁的文件：请把建议原文填入“建议内容”列后重新上传，或在本机运行 drafter batch）"


def waiting_note(folder: str) -> str:
    """What the progress page says while the batch waits for another writing its folder."""
    return f"另一份清单正在写入 {folder}，等它完成后开始起草…"


def batch_links(st: WebState, report) -> dict:
    out_dir = Path(report.out_dir)
    rel = out_dir.resolve().relative_to(st.root.resolve()).as_posix()
    return {
        "zip": {"name": f"{out_dir.name}.zip", "url": "/zip/" + quote(rel)},
        "requests": {"name": f"征求材料清单-{out_dir.name}.xlsx", "url": "/requests/batch/" + quote(rel)},
        "workbook": downloads(st.root, report.workbook)[0] if report.workbook else None,
        "drafts": {i.file: files.download_url(st.root, out_dir / i.file) for i in report.items
                   if (out_dir / i.file).is_file()},
    }


async def batch_action(request: Request) -> Response:
    st = state_of(request)
    as_json = wants_json(request)
    uploads: dict[str, str] = {}
    try:
        _, path = await receive_upload(request, uploads, "交办清单", (".xlsx", ".csv"))
        if as_json:  # (run_batch reads the list, its errors the same)
            report = await run_in_threadpool(run_batch, st, path)
            data = report.to_dict()
            data["list"] = uploads.get(str(path), data["list"])
            return api_answer(request, {**data, "downloads": batch_links(st, report)})
        await run_in_threadpool(lambda: st.workspace().read_list(path))  # no list: refused on this page, not the job's
    except Exception as exc:
        return failure(request, exc, uploads, "batch.html")

    def work(job):
        def waiting(folder: str) -> None:
            job.note = waiting_note(folder)

        try:
            return run_batch(st, path, progress=job.progress, waiting=waiting)
        except DrafterError as exc:  # the list named as the clerk named it, never by its stored path
            raise ShownError(describe(exc, uploads)) from None

    # The same list sent again while it is being drafted (a second tab, a colleague) joins that run.
    key = ("batch", path.stem, await run_in_threadpool(sha256_file, path))
    job, joined = st.jobs.join_or_start(uploads.get(str(path), path.name), work, key)
    return RedirectResponse(f"/batch/{job.id}" + ("?joined=1" if joined else ""), status_code=303)


async def batch_job(request: Request) -> Response:
    st = state_of(request)
    job = st.jobs.get(request.path_params["job"])
    if job is None:
        return page(request, "batch.html", 404, error="找不到这次批量起草（服务重启后记录会清空），请重新上传清单")
    if not job.finished:
        return page(request, "batch_progress.html", job=job, joined="joined" in request.query_params)
    if job.error:
        return page(request, "batch.html", 400, error=job.error)
    report = job.result
    return page(request, "batch_result.html", job=job, report=report, data=report.to_dict(),
                links=batch_links(st, report), today=dt.date.today())


async def job_status(request: Request) -> Response:
    job = state_of(request).jobs.get(request.path_params["job"])
    if job is None:
        return api_error("找不到此任务", 404)
    return api_answer(request, job.to_dict())


def batch_folder(st: WebState, rel: str) -> Path | None:
    """The drafts folder of a batch (one holding its 跟踪表.xlsx) under drafts/, None when none is there."""
    workbook = files.resolve_download(st.root, rel + "/跟踪表.xlsx")
    return workbook.parent if workbook is not None else None


async def zip_download(request: Request) -> Response:
    st = state_of(request)
    folder = batch_folder(st, request.path_params["path"])
    if folder is None:
        return PlainTextResponse("找不到该批次的草稿", status_code=404)
    data = await run_in_threadpool(files.zip_folder, folder)
    name = f"{folder.name}.zip"
    return Response(data, media_type="application/zip", headers={"Content-Disposition": disposition(name)})


async def draft_requests(request: Request) -> Response:
    """The 征求材料清单 of a draft under drafts/ (the 起草 result page's 下载征求材料清单), as it is now."""
    st = state_of(request)
    path = files.resolve_download(st.root, request.path_params["path"])
    if path is None or path.suffix.lower() != ".docx":
        return PlainTextResponse("找不到该答复稿", status_code=404)
    report = await run_in_threadpool(run_requests, st, [path])
    if not report.drafts:
        return PlainTextResponse(describe(DrafterError(report.errors[0]), {st.root.as_posix() + "/": ""}),
                                 status_code=400)
    return workbook_answer(report, drafts_label(report, path.name))


async def batch_requests(request: Request) -> Response:
    """The 征求材料清单 of a batch's drafts as they are now (a clerk may have filled some), with
    each reply's deadline the batch recorded."""
    st = state_of(request)
    folder = batch_folder(st, request.path_params["path"])
    if folder is None:
        return PlainTextResponse("找不到该批次的草稿", status_code=404)
    report = await run_in_threadpool(run_requests, st, [folder])
    return workbook_answer(report, folder.name)


# ------------------------------------------------------------------ 核稿


def run_check(st: WebState, path: Path, reply_class: str | None):
    from ..check import read_paragraphs

    ws = st.workspace()
    report = ws.check(path, type=reply_class)
    paragraphs = {p.number: p.text for p in read_paragraphs(path)} if report.findings else {}
    return report, paragraphs


async def check_action(request: Request) -> Response:
    st = state_of(request)
    as_json = wants_json(request)
    uploads: dict[str, str] = {}
    try:
        single, path = await receive_upload(request, uploads, "答复稿", (".docx",))
        report, paragraphs = await run_in_threadpool(run_check, st, path, (single.get("type") or None))
    except Exception as exc:
        return failure(request, exc, uploads, "check.html")
    data = report.to_dict()
    data["path"] = uploads.get(str(path), data["path"])
    if as_json:
        return api_answer(request, data)
    asked = None  # the 征求材料清单 of the draft: what its 【待…】 marks ask of whom
    if not report.clean and not any(f["code"] == "not-a-reply" for f in data["findings"]):
        asked = await run_in_threadpool(run_requests, st, [path])
    return page(request, "check.html", report=data, name=data["path"],
                groups=views.findings_by_paragraph(data["findings"], paragraphs),
                asked=asked if asked and asked.total else None,
                kept={"token": files.upload_token(path), "name": path.name, "original": data["path"]})


# ------------------------------------------------------------------ 征求材料清单


def run_requests(st: WebState, paths: list[Path]):
    return st.workspace().requests(paths)


def requests_data(report, uploads: dict[str, str]) -> dict:
    """``requests --json``, each upload named as the user named it."""
    data = report.to_dict()
    for read in data["drafts"]:
        read["path"] = uploads.get(read["path"], read["path"])
    for unit in data["units"]:
        for ask in unit["asks"]:
            ask["draft"] = uploads.get(ask["draft"], ask["draft"])
    data["errors"] = [describe(DrafterError(e), uploads) for e in data["errors"]]
    return data


def workbook_answer(report, label: str) -> Response:
    """The sheet as a download named 征求材料清单-<label>.xlsx."""
    return Response(report.workbook(), media_type=XLSX,
                    headers={"Content-Disposition": disposition(f"征求材料清单-{label}.xlsx")})


def drafts_label(report, name: str) -> str:
    """What a sheet of uploaded or single drafts is named by: their numbers, else the file's name."""
    numbers = [d.number for d in report.drafts if d.number]
    return "、".join(numbers) if len(numbers) == len(report.drafts) else Path(name).stem


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


async def requests_api(request: Request) -> Response:
    """Upload one or more drafts (``file``, repeated) → ``requests --json`` (``format=xlsx``: the
    sheet itself). A file that is no draft is a line of ``errors``, the others are still read;
    400 when any could not be."""
    st = state_of(request)
    uploads: dict[str, str] = {}
    paths: list[Path] = []
    problems: list[str] = []
    try:
        single, _, sent = await read_uploads(request)
        if not sent:
            raise ShownError("请选择要上传的答复稿")
        for upload in sent:
            try:
                path, names = await save_upload(request, upload, "答复稿", (".docx",))
            except ShownError as exc:
                problems.append(str(exc))
                continue
            uploads.update(names)
            paths.append(path)
        report = await run_in_threadpool(run_requests, st, paths)
    except Exception as exc:
        return failure(request, exc, uploads, "check.html")
    report.errors[:0] = problems
    if str(single.get("format", "")).lower() == "xlsx" and report.drafts:
        return workbook_answer(report, drafts_label(report, uploads.get(report.drafts[0].path, report.drafts[0].path)))
    return api_answer(request, requests_data(report, uploads), status_code=200 if report.ok else 400)


async def requests_workbook(request: Request) -> Response:
    """The 核稿 page's 下载征求材料清单: the sheet of the draft it checked (kept by its token)."""
    st = state_of(request)
    uploads: dict[str, str] = {}
    try:
        _, path = await _kept_upload(request, uploads)
        report = await run_in_threadpool(run_requests, st, [path])
        if not report.drafts:
            raise ShownError(describe(DrafterError(report.errors[0]), uploads))
    except Exception as exc:
        return failure(request, exc, uploads, "check.html")
    return workbook_answer(report, drafts_label(report, uploads[str(path)]))


# ------------------------------------------------------------------ 事实库


def fact_query(params) -> dict[str, Any]:
    kinds = [k for k in params.getlist("kind") if k]
    return {
        "query": (params.get("q") or params.get("query") or "").strip() or None,
        "kind": kinds or None,
        "period": (params.get("period") or "").strip() or None,
        "jurisdiction": (params.get("jurisdiction") or "").strip() or None,
        "current": str(params.get("current", "")).lower() in TRUE,
        "limit": int(params["limit"]) if str(params.get("limit", "")).isdigit() else None,
    }


def run_facts(st: WebState, query: dict[str, Any]):
    ws = st.workspace()
    q = dict(query)
    return ws.facts(q.pop("query"), **q)


async def facts_page(request: Request) -> Response:
    params = request.query_params
    saved = params.get("saved")
    edit = {"fact": params.get("fact"), "ok": True, "message": f"已保存到 {saved}"} if saved else None
    return await facts_view(request, params, edit=edit)


async def facts_view(request: Request, params, status: int = 200, edit: dict | None = None,
                     back: str | None = None) -> Response:
    """The facts page for the query ``params`` (a search, or ``id``: one fact). ``edit``: the
    result of an edit ({"fact", "ok", "message"}, and on an error what was typed, "typed"), shown
    at that fact's form, that fact shown even when the search no longer finds it; ``back``: the
    page's own address, where a saved edit returns (default: the request's)."""
    st = state_of(request)
    query = fact_query(params)
    only = params.get("id")  # one fact, as a draft's sources link to it
    editing = (edit or {}).get("fact") or params.get("fact")
    shown = {**query, "limit": None if only else query["limit"] or 50}
    try:
        found = await run_in_threadpool(run_facts, st, shown)
        records = [r for r in found.to_dict() if r["id"] == only] if only else found.to_dict()
        if editing and all(r["id"] != editing for r in records):
            record = await run_in_threadpool(fact_record_of, st, editing)
            records = ([record] if record else []) + records
    except Exception as exc:
        return page(request, "facts.html", 400, error=describe(exc), query=query, records=[], total=0)
    if back is None:
        back = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return page(request, "facts.html", status, query=query, records=records,
                total=len(records) if only else found.total, editing=editing, edit=edit, back=back)


def fact_record_of(st: WebState, fact_id: str) -> dict | None:
    """The record of one fact (``facts --json``'s), or None when the base has no such fact."""
    from ..facts.index import FactIndex
    from ..facts.show import fact_record

    index = FactIndex.load(st.workspace())
    fact = index.facts.get(fact_id)
    return fact_record(fact, index.sources.get(fact.source_id)) if fact else None


async def facts_api(request: Request) -> Response:
    st = state_of(request)
    limit = request.query_params.get("limit", "")
    if limit and not (limit.isdigit() and int(limit) > 0):  # as facts --limit refuses it, never ignored
        return api_answer(request, {"error": f"limit 须为正整数（如 20），而不是“{limit}”"}, 400)
    try:
        found = await run_in_threadpool(run_facts, st, fact_query(request.query_params))
    except Exception as exc:
        return api_answer(request, {"error": describe(exc)}, 400)
    return api_answer(request, found.to_dict())


FACT_YEAR = lazy(r"(\d{4})\s*年?")


def fact_year(text: str) -> int:
    """A fact's year as typed in its form: ``2025``, ``2025年``, full-width ``２０２５``."""
    from ..textutil import nfkc

    match = FACT_YEAR.fullmatch(nfkc(text).strip())
    if not match:
        raise ShownError(f"年份应为四位数字，如 2025 或 2025年，而不是“{text}”")
    return int(match.group(1))


def run_edit(st: WebState, fact_id: str, form: dict[str, Any], partial: bool = False) -> list[str]:
    """Save a fact's text, year and ``reviewed`` from its form (the round-trip store). An emptied
    year clears the fact's year only when the form confirms it (``clear_period``). ``partial`` (a
    script's /api/ call): a field not sent is left as it is — the form's unticked box sends no
    ``reviewed``, a script that sends only ``text`` must not un-review the fact."""
    from ..facts.index import FactIndex
    from ..facts.store import edit_facts

    changes: dict[str, Any] = {}
    if "text" in form:
        text = without_controls(str(form["text"])).strip()  # a paste from Word may carry \x0b
        if not text:
            raise ShownError("事实内容不能为空")
        changes["text"] = text
    ws = st.workspace()
    with st.facts_lock:
        index = FactIndex.load(ws)
        if "period" in form:
            typed = str(form["period"]).strip()
            year = fact_year(typed) if typed else None
            fact = index.facts.get(fact_id)
            if year is None and fact is not None and fact.period.year is not None \
                    and str(form.get("clear_period", "")).lower() not in TRUE:
                raise NeedsConfirming(f"年份被清空：如确要把这条事实改为“年份不详”（原为{fact.period.year}年），"
                                 "请勾选“确认清除年份”后再保存；否则请填写年份，如 2025")
            changes["period"] = {"year": year}
        if "reviewed" in form or not partial:
            changes["reviewed"] = str(form.get("reviewed", "")).lower() in TRUE
        reports = edit_facts(ws, {fact_id: changes}, index)
    return [r.path for r in reports]


async def fact_edit(request: Request) -> Response:
    """Save a fact from its form: back to the page it came from, the result shown at the fact's
    form; on an error that page again with what was typed kept (an emptied year asks to confirm)."""
    st = state_of(request)
    as_json = wants_json(request)
    fact_id = request.path_params["fact"]
    single: dict[str, Any] = {}
    try:
        single, _, _ = await read_form(request)
        paths = await run_in_threadpool(run_edit, st, fact_id, single, as_json)
    except Exception as exc:
        message = describe(exc)
        if as_json:
            return api_answer(request, {"error": message}, 400)
        typed = {k: str(single.get(k, "")) for k in ("text", "period")}
        typed["reviewed"] = str(single.get("reviewed", "")).lower() in TRUE
        typed["confirm_clear"] = isinstance(exc, NeedsConfirming) or "clear_period" in single
        edit = {"fact": fact_id, "ok": False, "message": message, "typed": typed}
        back = _facts_back(single.get("back"), fact=fact_id).split("#")[0]
        return await facts_view(request, QueryParams(back.partition("?")[2]), 400, edit=edit, back=back)
    if as_json:
        return api_answer(request, {"id": fact_id, "written": paths})
    return RedirectResponse(_facts_back(single.get("back"), saved="、".join(paths), fact=fact_id),
                            status_code=303)


def _facts_back(back: str | None, **extra) -> str:
    """The facts page the edit came from (only a local /facts URL), with a message added."""
    base = (back if isinstance(back, str) and back.startswith("/facts") and "//" not in back
            else f"/facts?id={quote(extra.get('fact', ''))}")
    base = re.sub(r"[?&](saved|edit_error|fact)=[^&#]*", "", base.split("#")[0])
    if "?" not in base and "&" in base:
        base = base.replace("&", "?", 1)
    sep = "&" if "?" in base else "?"
    return base + sep + urlencode(extra) + f"#edit-{extra.get('fact', '')}"


def run_chart(st: WebState, fact_id: str, figure: int):
    from ..facts.index import FactIndex

    ws = st.workspace()
    return views.measure_series(ws, FactIndex.load(ws), fact_id, figure)


async def fact_chart(request: Request) -> Response:
    st = state_of(request)
    try:
        figure = int(request.query_params.get("figure", "0"))
    except ValueError:
        figure = 0
    series = await run_in_threadpool(run_chart, st, request.path_params["fact"], figure)
    if series is None:
        return PlainTextResponse("找不到该数字", status_code=404)
    target, points = series
    if request.query_params.get("format") == "json":
        return api_answer(request, {"measure": target, "points": points})
    return page(request, "chart.html", target=target, points=points, svg=views.svg_chart(points),
                fact=request.path_params["fact"])


async def sources_page(request: Request) -> Response:
    st = state_of(request)
    report = await run_in_threadpool(lambda: st.workspace().sources())
    if wants_json(request):
        return api_answer(request, report.to_dict())
    gone = await run_in_threadpool(withdrawn_source, st.workspace(), request.query_params.get("withdrawn", ""))
    notice = f"已撤回“{gone[0]}”：{gone[1]} 条事实已移出事实库，原文件保存在 {gone[2]}" if gone else None
    return page(request, "sources.html", sources=report.to_dict(), notice=notice)


async def sources_again(request: Request, status: int, **context) -> Response:
    """The sources page after an upload into seeds/ that was not all taken: what was not, and
    the banner as seeds/ is now (the files copied wait there for its 提炼)."""
    st = state_of(request)
    request.state.base = await run_in_threadpool(st.base_status)
    report = await run_in_threadpool(lambda: st.workspace().sources())
    return page(request, "sources.html", status, sources=report.to_dict(), **context)


def changing_facts(st: WebState, dry_run: bool, change: Callable[[Any], Any]):
    """``change(workspace)``: a dry run as it is, a change of the fact base under the server's
    facts lock (fact edits, refresh, distill and withdrawals take turns)."""
    ws = st.workspace()
    if dry_run:
        return change(ws)
    with st.facts_lock:
        return change(ws)


def run_withdraw(st: WebState, source_id: str, dry_run: bool, edited: bool = False):
    return changing_facts(st, dry_run, lambda ws: ws.withdraw(source_id, dry_run=dry_run, edited=edited))


async def withdraw_form(request: Request) -> Response:
    """撤回's confirmation step: what withdrawing the source removes (nothing moves yet)."""
    st = state_of(request)
    try:
        plan = await run_in_threadpool(run_withdraw, st, request.path_params["source"], True)
    except Exception as exc:
        report = await run_in_threadpool(lambda: st.workspace().sources())
        return page(request, "sources.html", 404, error=describe(exc), sources=report.to_dict())
    return page(request, "withdraw.html", plan=files.workspace_relative(plan.to_dict(), st.root))


async def withdraw_action(request: Request) -> Response:
    """Withdraw the source (``edited``: the clerk confirmed its reviewed or edited facts go too);
    back to the sources page saying so. /api/: ``dry_run`` answers what it would remove."""
    st = state_of(request)
    source_id = request.path_params["source"]
    single: dict[str, Any] = {}
    try:
        single, _, _ = await read_form(request)
        dry_run = wants_json(request) and str(single.get("dry_run", "")).lower() in TRUE
        edited = str(single.get("edited", "")).lower() in TRUE
        report = await run_in_threadpool(run_withdraw, st, source_id, dry_run, edited)
    except Exception as exc:
        if wants_json(request):
            return api_answer(request, {"error": describe(exc)}, 400)
        try:
            plan = await run_in_threadpool(run_withdraw, st, source_id, True)
        except Exception:
            return page(request, "sources.html", 400, error=describe(exc),
                        sources=(await run_in_threadpool(lambda: st.workspace().sources())).to_dict())
        return page(request, "withdraw.html", 400, error=describe(exc),
                    plan=files.workspace_relative(plan.to_dict(), st.root))
    if wants_json(request):
        return api_answer(request, report.to_dict())
    return RedirectResponse("/sources?" + urlencode({"withdrawn": Path(report.kept).name}), status_code=303)


# ------------------------------------------------------------------ 提炼 seeds/


def run_distill(st: WebState, paths: list[str], progress: Callable | None = None):
    """Workspace.distill (as ``drafter distill``) on the files of seeds/ not yet in the fact base;
    the files it could not read are not offered again until they change."""
    ws = st.workspace()

    def each(done: int, total: int, what: str) -> None:
        if progress is not None:
            progress(done, total, ws.relpath(Path(what)))

    with st.facts_lock:
        report = ws.distill([ws.root / p for p in paths], progress=each)
    st.seeds.failed(Path(e.path) for e in report.errors)
    return report


def distill_data(report, root: Path) -> dict:
    """``distill --json``, the workspace's paths relative to it, as the pages name files."""
    return files.workspace_relative(report.to_dict(), root)


SEED_SUFFIXES = tuple(sorted(SUFFIXES))  # what distill reads


async def seeds_action(request: Request) -> Response:
    """Upload the bureau's past documents (答复、工作总结、报告) into seeds/ and distill them as
    ``drafter distill`` does: the distill's progress page, or, when a file was refused (its type)
    or its name is taken in seeds/ by another file (never overwritten: 另存为 a new name, or
    放弃), the sources page saying so. /api/seeds answers when distilled."""
    st = state_of(request)
    as_json = wants_json(request)
    uploads: dict[str, str] = {}
    problems: list[str] = []
    stored: list[tuple[Path, str]] = []
    try:
        single, _, sent = await read_uploads(request)
        if single.get("token"):  # a clash's 另存为: the upload kept, under the name offered
            _, path = await _kept_upload(request, uploads)
            stored.append((path, files.safe_name(str(single.get("save_as") or ""), path.name)))
        elif not sent:
            raise ShownError("请选择要上传的往年材料")
        for upload in sent:
            try:
                path, names = await save_upload(request, upload, "往年材料", SEED_SUFFIXES)
            except ShownError as exc:  # this file refused, the others still taken
                problems.append(str(exc))
                continue
            uploads.update(names)
            stored.append((path, path.name))
        ws = await run_in_threadpool(st.workspace)
        added = await run_in_threadpool(add_to_seeds, ws.seeds_dir, stored)
    except Exception as exc:
        if as_json:
            return failure(request, exc, uploads, "sources.html")
        return await sources_again(request, 413 if isinstance(exc, files.UploadTooLarge) else 400,
                                   error=describe(exc, uploads))
    known = await run_in_threadpool(st.base_status)  # a file seeds/ held already: distilled only if it is not yet
    there = [ws.relpath(p) for p in added.there]
    already = [p for p in there if not known or p not in known.pending]
    todo = [ws.relpath(p) for p in added.copied] + [p for p in there if p not in already]
    clashes = [{"name": uploads.get(str(upload), upload.name), "existing": ws.relpath(held), "save_as": name,
                "token": files.upload_token(upload), "stored": upload.name}
               for upload, held, name in added.clashes]
    status = 400 if problems else 409 if clashes else 200
    if as_json:
        report = await run_in_threadpool(run_distill, st, todo) if todo else None
        return api_answer(request, {"added": todo, "already": already, "errors": problems, "clashes": clashes,
                                    "distill": distill_data(report, st.root) if report else None}, status)
    said = {"upload_errors": problems, "clashes": clashes, "already": already}
    if todo:
        job, joined = st.jobs.join_or_start(f"上传的 {len(todo)} 份文件",
                                            lambda job: run_distill(st, todo, job.progress), key=("distill", *todo))
        if not joined:
            job.said = said
        return RedirectResponse(f"/distill/{job.id}", status_code=303)
    return await sources_again(request, status, **said)


async def distill_action(request: Request) -> Response:
    """Distill the files of seeds/ not yet in the fact base: a job with a progress page (the same
    button pressed twice, or on two pages, joins the running job); /api/distill answers when done."""
    st = state_of(request)
    known = request.scope.get("state", {})  # a page's request: the gate has worked it out
    status = known["base"] if "base" in known else await run_in_threadpool(st.base_status)
    pending = status.pending if status else []
    if wants_json(request):
        try:
            report = await run_in_threadpool(run_distill, st, pending)
        except Exception as exc:
            return api_answer(request, {"error": describe(exc)}, 400)
        return api_answer(request, distill_data(report, st.root))
    if not pending:
        return RedirectResponse("/facts", status_code=303)

    def work(job):
        return run_distill(st, pending, progress=job.progress)

    job, _ = st.jobs.join_or_start(f"seeds/ 中的 {len(pending)} 份文件", work, key=("distill",))
    return RedirectResponse(f"/distill/{job.id}", status_code=303)


async def distill_job(request: Request) -> Response:
    st = state_of(request)
    job = st.jobs.get(request.path_params["job"])
    if job is None or not (job.key and job.key[0] == "distill"):
        return page(request, "distill.html", 404, error="找不到这次提炼（服务重启后记录会清空）")
    if not job.finished:
        return page(request, "distill_progress.html", job=job, **job.said)
    if job.error:
        return page(request, "distill.html", 400, error=job.error, **job.said)
    return page(request, "distill.html", data=distill_data(job.result, st.root), **job.said)


# ------------------------------------------------------------------ 年度更新 / 归档

REFRESH_SUFFIXES = (".docx", ".pdf", ".txt", ".md", ".html", ".htm")


def run_refresh(st: WebState, path: Path, dry_run: bool):
    """Workspace.refresh on the upload: the update files the report under seeds/ where the dry run
    said it would (as the CLI does), so the fact base names a lasting source."""
    return changing_facts(st, dry_run, lambda ws: ws.refresh(path, dry_run=dry_run))


async def refresh_action(request: Request) -> Response:
    """Upload → the dry run (or, with ``dry_run=0`` on /api/, the update at once)."""
    st = state_of(request)
    as_json = wants_json(request)
    uploads: dict[str, str] = {}
    try:
        single, path = await receive_upload(request, uploads, "工作总结或报告", REFRESH_SUFFIXES)
        dry_run = not as_json or str(single.get("dry_run", "")).lower() in TRUE
        report = await run_in_threadpool(run_refresh, st, path, dry_run)
    except Exception as exc:
        return failure(request, exc, uploads, "refresh.html")
    data = refresh_data(report, uploads, st.root)
    if as_json:
        return api_answer(request, data)
    return page(request, "refresh.html", data=data, token=files.upload_token(path), name=path.name,
                original=uploads.get(str(path), path.name))


async def refresh_apply(request: Request) -> Response:
    st = state_of(request)
    uploads: dict[str, str] = {}
    try:
        _, path = await _kept_upload(request, uploads)
        report = await run_in_threadpool(run_refresh, st, path, False)
    except Exception as exc:
        return failure(request, exc, uploads, "refresh.html")
    return page(request, "refresh.html", data=refresh_data(report, uploads, st.root), applied=True,
                original=uploads[str(path)])


def refresh_data(report, uploads: dict[str, str], root: Path) -> dict:
    """``refresh --json``, an upload named as the user named it (a filed one by its seeds/ path)."""
    data = report.to_dict()
    for source in data["sources"]:
        source["path"] = uploads.get(source["path"], source["path"])
    return data


NOT_A_REPLY_ADVICE = "（往年的工作总结、报告请作为来源文件提炼；确为答复请加 force）"  # after harvest's refusal, for /api/


async def harvest_action(request: Request) -> Response:
    """Upload a signed reply → filed; an unfinished one (placeholder marks, no 发文字号) is refused
    with its message and a button to file it anyway (/harvest/force, ``force`` on /api/)."""
    return await _harvest(request, kept=False)


async def harvest_force(request: Request) -> Response:
    """File anyway the upload a refusal kept (by its token)."""
    return await _harvest(request, kept=True)


async def _harvest(request: Request, kept: bool) -> Response:
    st = state_of(request)
    as_json = wants_json(request)
    uploads: dict[str, str] = {}
    try:
        single, path = await (_kept_upload(request, uploads) if kept else
                              receive_upload(request, uploads, "已签发的答复", REFRESH_SUFFIXES))
        force = kept or str(single.get("force", "")).lower() in TRUE
        report = await run_in_threadpool(run_harvest, st, path, force)
        other = next((u for u in report.unfinished if u.kind != REPLY), None)
        if other is not None:  # a work report, a news item…: asked first
            asked = {"token": files.upload_token(path), "name": path.name,
                     "original": uploads.get(str(path), path.name), "message": describe(DrafterError(other.message), uploads)}
            if as_json:
                return api_answer(request, {"error": asked["message"] + NOT_A_REPLY_ADVICE, "kind": other.kind}, 409)
            return page(request, "refresh.html", 409, not_reply=asked)
    except Exception as exc:
        if as_json:
            return failure(request, exc, uploads, "refresh.html")
        return page(request, "refresh.html", 400, harvest_error=describe(exc, uploads))
    data = report.to_dict()
    for item in data["items"]:
        item["original"] = uploads.get(item["original"], item["original"])
    data["errors"] = [describe(DrafterError(e), uploads) for e in data["errors"]]
    for refused in data["unfinished"]:  # named as the clerk sent it, never by its stored upload's path
        refused["path"] = uploads.get(str(st.root / refused["path"]), refused["path"])
        refused["message"] = describe(DrafterError(refused["message"]), uploads)
    if as_json:
        # a file that could not be read or filed is a failure, as the command's exit 2 says
        return api_answer(request, {**data, "downloads": downloads(st.root, *(i.stored for i in report.items))},
                          status_code=200 if report.ok else 400)
    refused = report.unfinished and {"token": files.upload_token(path), "name": path.name,
                                     "original": uploads.get(str(path), path.name)}
    return page(request, "refresh.html", 200 if report.ok else 400, harvested=data, refused=refused,
                harvest_links=downloads(st.root, *(i.stored for i in report.items)))


async def _kept_upload(request: Request, uploads: dict[str, str]) -> tuple[dict[str, Any], Path]:
    """The form's fields and the upload an earlier step kept, named by its ``token`` and ``name``."""
    single, _, _ = await read_form(request)
    path = files.find_upload(state_of(request).root, str(single.get("token", "")), str(single.get("name", "")))
    if path is None:
        raise ShownError("上传的文件已不在（可能已清理），请重新上传")
    uploads[str(path)] = str(single.get("original") or path.name)
    return single, path


def run_harvest(st: WebState, path: Path, force: bool = False):
    """File the upload; unless ``force``, one that is no reply is refused, for the page to ask about it first."""
    with st.facts_lock:
        return st.workspace().harvest(path, force=force, replies_only=True)


# ------------------------------------------------------------------ files, login, errors


def disposition(name: str) -> str:
    """A Content-Disposition that carries a Chinese file name intact (RFC 5987)."""
    ascii_name = name.encode("ascii", "replace").decode().replace("?", "_").replace('"', "_")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"


async def download(request: Request) -> Response:
    st = state_of(request)
    path = files.resolve_download(st.root, request.path_params["path"])
    if path is None:
        return PlainTextResponse("找不到该文件", status_code=404)
    return FileResponse(path, headers={"Content-Disposition": disposition(path.name)})


async def login_form(request: Request) -> Response:
    return page(request, "login.html", next=request.query_params.get("next", "/"))


async def login_action(request: Request) -> Response:
    st = state_of(request)
    form = await request.form()
    client = request.client.host if request.client else "?"
    wait = st.guard.pause_left(client)
    target = str(form.get("next") or "/")
    if not target.startswith("/") or target.startswith("//"):
        target = "/"
    if wait > 0:
        return page(request, "login.html", 429, error=f"尝试过于频繁，请 {wait:.0f} 秒后再试", next=target)
    ok = await run_in_threadpool(st.guard.login, client, str(form.get("password", "")))
    if not ok:
        return page(request, "login.html", 401, error="口令不对", next=target)
    token, session = st.guard.new_session(logged_in=True)
    st.guard.end_session(request.cookies.get(SESSION_COOKIE))
    response = (JSONOut({"csrf": session.csrf}) if "json" in request.headers.get("accept", "")
                else RedirectResponse(target, status_code=303))
    set_cookie(response, token)
    return response


async def logout_action(request: Request) -> Response:
    state_of(request).guard.end_session(request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


def set_cookie(response: Response, token: str) -> None:
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="strict", max_age=12 * 3600)


async def favicon(request: Request) -> Response:
    """The icon at the address browsers ask for by themselves (the pages link static/favicon.svg)."""
    return FileResponse(HERE / "static" / "favicon.svg", media_type="image/svg+xml",
                        headers={"Cache-Control": "max-age=86400"})


async def home(request: Request) -> Response:
    return RedirectResponse("/draft", status_code=303)


# ------------------------------------------------------------------ middleware


class Gate:
    """Pure ASGI middleware: host check, session and login, CSRF on POST, upload size limit."""

    OPEN = ("/static/", "/login", "/favicon.ico")
    FILES = ("/download/", "/zip/")

    def __init__(self, app, st: WebState, loopback: bool):
        self.app = app
        self.st = st
        self.loopback = loopback

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request = Request(scope, receive)
        guard = self.st.guard
        if self.loopback and not _local_host(request.headers.get("host", "")):
            return await _drain_and(PlainTextResponse("只接受本机访问", status_code=421), scope, receive, send)
        token = request.cookies.get(SESSION_COOKIE)
        session = guard.session(token)
        new_token = None
        if session is None and not guard.needs_login:
            new_token, session = guard.new_session(logged_in=True)
        scope.setdefault("state", {})["session"] = session
        path = scope["path"]
        is_api = path.startswith("/api/")
        open_path = path.startswith(self.OPEN)
        if guard.needs_login and not open_path and (session is None or not session.user):
            if is_api or scope["method"] == "POST":
                return await _drain_and(JSONOut({"error": "请先登录"}, status_code=401), scope, receive, send)
            return await RedirectResponse("/login?" + urlencode({"next": path}), status_code=303)(scope, receive, send)
        if not is_api and not open_path and not path.startswith(self.FILES):
            scope["state"]["base"] = await run_in_threadpool(self.st.base_status)  # every page says it
        length = request.headers.get("content-length")
        limit = self.st.settings.upload_limit + 1024 * 1024  # the file plus the form's other fields
        if length and length.isdigit() and int(length) > limit:
            message = files.UploadTooLarge(self.st.settings.upload_limit).message
            return await _drain_and(_refused(is_api, message, 413, path), scope, receive, send)

        async def limited_receive():
            message = await receive()
            if message["type"] == "http.request":
                limited_receive.seen += len(message.get("body", b""))
                if limited_receive.seen > limit:
                    raise files.UploadTooLarge(self.st.settings.upload_limit)
            return message

        limited_receive.seen = 0
        app_receive = limited_receive
        if scope["method"] == "POST" and not (path == "/login" and guard.needs_login) \
                and not self._csrf_ok(request, session, is_api):
            # A form carries its token as the field ``csrf`` (never in its URL: a token in an
            # address ends up in the history and the server's log): read from the body, which
            # the endpoint then reads again from memory.
            try:
                body = await _read_body(limited_receive)
            except files.UploadTooLarge as exc:
                return await _drain_and(_refused(is_api, exc.message, 413, path), scope, receive, send)
            if not Guard.csrf_ok(session, await _form_token(scope, body, self.st.settings.upload_limit)):
                return await _refused(is_api, "页面已过期或来源不明，请刷新页面后重试")(scope, receive, send)
            app_receive = _replay(body, receive)

        async def send_with_cookie(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", [])) + [(b"referrer-policy", b"no-referrer"),
                                                               (b"x-frame-options", b"DENY")]
                if new_token:
                    cookie = Response()
                    set_cookie(cookie, new_token)
                    headers += [(k, v) for k, v in cookie.raw_headers if k == b"set-cookie"]
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, app_receive, send_with_cookie)
        except files.UploadTooLarge as exc:
            await _drain_and(_refused(is_api, exc.message, 413, path), scope, receive, send_with_cookie)
        # After the first answer (not before: the first page is not slowed down by them), the
        # drafting processes start and load the fact base while the clerk fills in the form; a
        # pool broken since is replaced the same way.
        await start_workers(self.st)

    def _csrf_ok(self, request: Request, session, is_api: bool) -> bool:
        """Whether a POST may go on without its body being read: scripts send the token in the
        header X-CSRF-Token (a form's field is looked at by the caller when this says no)."""
        if Guard.csrf_ok(session, request.headers.get("x-csrf-token")):
            return True
        # A script on this machine may call /api/ without a token when no login is needed: a
        # browser posting from another site always sends its Origin (and Sec-Fetch-Site).
        if is_api and not self.st.guard.needs_login and request.headers.get("sec-fetch-site") != "cross-site":
            origin = request.headers.get("origin")
            return origin is None or _local_host(origin.split("://", 1)[-1])
        return False


async def _read_body(receive) -> bytes:
    """The whole body of a request (``receive`` stops it at the upload limit)."""
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            break
    return b"".join(chunks)


def _replay(body: bytes, receive):
    """A ``receive`` that gives ``body`` again (once), then what the client sends next."""
    sent = False

    async def again():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return again


async def _form_token(scope, body: bytes, limit: int) -> str | None:
    """The field ``csrf`` of a form's body (url-encoded or multipart), None when it has none."""
    request = Request(scope, _replay(body, None))
    try:
        form = await request.form(max_part_size=limit)
    except Exception:  # not a form, or a broken one: it carries no token
        return None
    try:
        token = form.get("csrf")
        return token if isinstance(token, str) else None
    finally:
        await form.close()


def _local_host(host: str) -> bool:
    name = host.rsplit(":", 1)[0] if not host.startswith("[") else host[1:].split("]")[0]
    return is_loopback(name)


def _refused(is_api: bool, message: str, status: int = 403, path: str = "/") -> Response:
    if is_api:
        return JSONOut({"error": message}, status_code=status)
    return HTMLResponse(
        f'<!doctype html><meta charset="utf-8"><title>drafter</title><link rel="icon" href="/static/favicon.svg" '
        f'type="image/svg+xml"><link rel="stylesheet" href="/static/app.css">'
        f'<main class="wrap"><p class="error" role="alert">{_escape(message)}</p>'
        f'<p><a href="{_escape(path if path.startswith("/") else "/")}">返回上一页</a></p></main>',
        status_code=status)


def _escape(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))


async def _drain_and(response: Response, scope, receive, send) -> None:
    """Read (and drop) the request body before answering: a browser still uploading otherwise
    sees a reset connection instead of the message."""
    if scope["method"] in ("POST", "PUT"):
        dropped = 0
        while dropped < 512 * 1024 * 1024:
            message = await receive()
            if message["type"] != "http.request":
                break
            dropped += len(message.get("body", b""))
            if not message.get("more_body"):
                break
    await response(scope, receive, send)


# ------------------------------------------------------------------ the app


def create_app(root: str | Path, settings: ServeSettings | None = None, *, host: str = "127.0.0.1",
               workers=None) -> Starlette:
    """The web app of the workspace at ``root``. A password (``settings.password``) makes every
    page need a login; without one the app must listen on a loopback address only. ``workers``
    (:class:`~drafter.web.workers.DraftWorkers`, started by the caller) draft in parallel
    processes; without them drafts are made in the server's threads."""
    from ..api import open_workspace

    ws = open_workspace(root)  # fails early, with the CLI's message, when there is no workspace
    if settings is None:
        from .config import read_settings

        settings = read_settings(ws.root)
    loopback = is_loopback(host)
    if not loopback and not settings.password:
        raise DrafterError(f"在非本机地址 {host} 上提供服务须设置口令（--password 或 drafter.yaml 的 serve.password）")
    guard = Guard(password_hash=hash_password(settings.password) if settings.password else None)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.filters["items"] = views.mark_items
    templates.env.filters["mark_hint"] = views.mark_hint
    templates.env.globals.update(kind_names=FACT_KIND_NAMES,
                                 rules=_rules(), resave_hints={s: files.resave_hint(s) for s in OLD_FORMATS},
                                 seed_accept=",".join(SEED_SUFFIXES), elsewhere_wording=elsewhere_note,
                                 issued_by_wording=issued_by_note)
    st = WebState(ws.root, settings, guard, Jobs(describe), templates, cache=WorkspaceCache(ws.root), org=ws.name,
                  workers=workers)
    files.prune_uploads(ws.root)
    routes = [
        Route("/", home),
        Route("/favicon.ico", favicon),
        Route("/draft", draft_form, methods=["GET"]),
        Route("/draft", draft_action, methods=["POST"]),
        Route("/draft/again", draft_again, methods=["POST"]),
        Route("/api/draft", draft_action, methods=["POST"]),
        Route("/batch", form_page("batch.html"), methods=["GET"]),
        Route("/batch", batch_action, methods=["POST"]),
        Route("/batch/{job}", batch_job),
        Route("/api/batch", batch_action, methods=["POST"]),
        Route("/api/jobs/{job}", job_status),
        Route("/check", form_page("check.html"), methods=["GET"]),
        Route("/check", check_action, methods=["POST"]),
        Route("/api/check", check_action, methods=["POST"]),
        Route("/requests/xlsx", requests_workbook, methods=["POST"]),
        Route("/api/requests", requests_api, methods=["POST"]),
        Route("/facts", facts_page),
        Route("/api/facts", facts_api, methods=["GET"]),
        Route("/facts/{fact}/edit", fact_edit, methods=["POST"]),
        Route("/api/facts/{fact}", fact_edit, methods=["POST"]),
        Route("/facts/{fact}/chart", fact_chart),
        Route("/sources", sources_page),
        Route("/api/sources", sources_page),
        Route("/sources/{source}/withdraw", withdraw_form, methods=["GET"]),
        Route("/sources/{source}/withdraw", withdraw_action, methods=["POST"]),
        Route("/api/sources/{source}/withdraw", withdraw_action, methods=["POST"]),
        Route("/seeds", seeds_action, methods=["POST"]),
        Route("/api/seeds", seeds_action, methods=["POST"]),
        Route("/distill", distill_action, methods=["POST"]),
        Route("/distill/{job}", distill_job),
        Route("/api/distill", distill_action, methods=["POST"]),
        Route("/refresh", form_page("refresh.html"), methods=["GET"]),
        Route("/refresh", refresh_action, methods=["POST"]),
        Route("/refresh/apply", refresh_apply, methods=["POST"]),
        Route("/api/refresh", refresh_action, methods=["POST"]),
        Route("/harvest", harvest_action, methods=["POST"]),
        Route("/harvest/force", harvest_force, methods=["POST"]),
        Route("/api/harvest", harvest_action, methods=["POST"]),
        Route("/download/{path:path}", download),
        Route("/zip/{path:path}", zip_download),
        Route("/requests/batch/{path:path}", batch_requests),
        Route("/requests/draft/{path:path}", draft_requests),
        Route("/login", login_form, methods=["GET"]),
        Route("/login", login_action, methods=["POST"]),
        Route("/logout", logout_action, methods=["POST"]),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    app = Starlette(routes=routes, middleware=[Middleware(Gate, st=st, loopback=loopback)],
                    exception_handlers={404: _not_found, 405: _not_found, 400: _bad_request,
                                        ShownError: _shown, DrafterError: _user_error,
                                        Exception: _server_error})
    app.state.web = st
    return app


async def _not_found(request: Request, exc) -> Response:
    return _refused(wants_json(request), "没有这个页面", 404)


async def _bad_request(request: Request, exc) -> Response:
    """starlette's own 400 (a body it cannot parse, read outside :func:`read_form`), in Chinese,
    not its English (Invalid multipart data.)."""
    return _refused(wants_json(request), BROKEN_FORM, 400)


async def _shown(request: Request, exc) -> Response:
    """A message for the user that no action's own handler caught: an error page, not a 500."""
    return _refused(wants_json(request), str(exc), 400)


async def _user_error(request: Request, exc) -> Response:
    """A DrafterError no page caught (a malformed fact file, read to list the sources): the user's
    to fix, its one line as an error page (400), not a server error."""
    return _refused(wants_json(request), describe(exc), 400)


async def _server_error(request: Request, exc) -> Response:
    """A bug no page caught: 内部错误 as an error page or JSON (500) in place of starlette's plain
    "Internal Server Error", the server still up (the traceback goes to the server's window)."""
    return _refused(wants_json(request), describe(exc), 500)


def _rules() -> dict[str, str]:
    from ..check import RULES

    return dict(RULES)
