// drafter web: small progressive enhancements; every page also works without JavaScript.
(function () {
  "use strict";
  var body = document.body;
  var limit = parseInt(body.getAttribute("data-upload-limit") || "0", 10);
  var limitMb = body.getAttribute("data-upload-limit-mb");

  function showError(form, text) {
    var p = form.querySelector(".error.client");
    if (!p) {
      p = document.createElement("p");
      p.className = "error client";
      p.setAttribute("role", "alert");
      form.insertBefore(p, form.firstChild);
    }
    p.textContent = text;
  }

  document.querySelectorAll("form").forEach(function (form) {
    form.addEventListener("submit", function (ev) {
      var files = form.querySelectorAll("input[type=file]");
      for (var i = 0; i < files.length; i++) {
        var f = files[i].files && files[i].files[0];
        if (f && limit && f.size > limit) {
          ev.preventDefault();
          showError(form, "文件太大：" + f.name + " 有 " + size(f.size) + "，上传上限为 " + limitMb + " MB（可在 drafter.yaml 的 serve.upload_limit_mb 调整）");
          return;
        }
      }
      var busy = form.getAttribute("data-busy");
      if (busy) {
        var button = form.querySelector("button[type=submit], button:not([type])");
        if (button) {
          // keep the clicked button's name/value in the post, then show that work is going on
          if (ev.submitter && ev.submitter.name) {
            var hidden = document.createElement("input");
            hidden.type = "hidden"; hidden.name = ev.submitter.name; hidden.value = ev.submitter.value;
            form.appendChild(hidden);
          }
          setTimeout(function () { form.querySelectorAll("button").forEach(function (b) { b.disabled = true; }); }, 0);
          var note = document.createElement("span");
          note.className = "busy"; note.textContent = busy;
          button.parentNode.appendChild(note);
        }
      }
    });
  });

  // back to a page the browser kept as it was left (Back after a submit): its buttons usable again
  window.addEventListener("pageshow", function (ev) {
    if (!ev.persisted) { return; }
    document.querySelectorAll("form button").forEach(function (b) { b.disabled = false; });
    document.querySelectorAll("form .busy").forEach(function (note) { note.remove(); });
  });

  // a file's size as people read it: 532 字节, 12 KB, 3.4 MB
  function size(bytes) {
    if (bytes < 1024) { return bytes + " 字节"; }
    if (bytes < 1048576) { return Math.round(bytes / 1024) + " KB"; }
    return (bytes / 1048576).toFixed(1) + " MB";
  }
  var resave = JSON.parse(body.getAttribute("data-resave") || "{}");

  // the chosen file's name, in the page's own words; an old .doc said at once to be saved as .docx
  document.querySelectorAll("label.file input[type=file]").forEach(function (input) {
    var label = input.parentNode;
    var name = label.querySelector(".file-name");
    input.addEventListener("change", function () {
      var f = input.files && input.files[0];
      var more = input.files ? input.files.length - 1 : 0;
      name.textContent = f ? f.name + "（" + size(f.size) + "）" + (more > 0 ? " 等 " + (more + 1) + " 份" : "")
        : name.getAttribute("data-empty");
      label.classList.toggle("chosen", !!f);
      var dot = f ? f.name.lastIndexOf(".") : -1;
      var hint = dot >= 0 ? resave[f.name.slice(dot).toLowerCase()] : null;
      var warn = label.parentNode.querySelector(".file-warn");
      if (hint && !warn) {
        warn = document.createElement("p");
        warn.className = "file-warn"; warn.setAttribute("role", "alert");
        label.parentNode.insertBefore(warn, label.nextSibling);
      }
      if (warn) { warn.textContent = hint ? "“" + f.name + "”是旧版格式，无法读取：" + hint : ""; warn.hidden = !hint; }
    });
  });

  // 主办单位 matters only for 会办/协办
  var lead = document.querySelector("[data-role-lead]");
  if (lead) {
    var update = function () {
      var checked = document.querySelector("input[name=role]:checked");
      lead.style.display = checked && checked.value !== "主办" ? "" : "none";
    };
    document.querySelectorAll("input[name=role]").forEach(function (r) { r.addEventListener("change", update); });
    update();
  }

  // 政协提案: the form's words for a proposal (提案人, a 政协 session), else a deputy's suggestion
  var proposal = document.querySelector("input[name=proposal]");
  if (proposal) {
    var words = function () {
      var kind = proposal.checked ? "data-proposal" : "data-suggestion";
      document.querySelectorAll("[data-by-kind]").forEach(function (el) {
        var text = el.getAttribute(kind);
        if (el.getAttribute("data-by-kind") === "text") { el.textContent = text; } else { el.placeholder = text; }
      });
    };
    proposal.addEventListener("change", words);
  }

  // batch progress: poll the job, reload when it is done
  var progress = document.querySelector(".progress[data-job]");
  if (progress) {
    var id = progress.getAttribute("data-job");
    var bar = document.getElementById("bar");
    var text = document.getElementById("progress-text");
    var poll = function () {
      fetch("/api/jobs/" + encodeURIComponent(id), { credentials: "same-origin" })
        .then(function (r) { return r.json(); })
        .then(function (job) {
          if (job.total) {
            bar.max = job.total; bar.value = job.done;
            text.textContent = "已完成 " + job.done + " / " + job.total + " 份" + (job.current ? "（" + job.current + "）" : "");
          } else if (job.note) {
            text.textContent = job.note;
          }
          if (job.finished || job.error) { window.location.reload(); } else { setTimeout(poll, 400); }
        })
        .catch(function () { setTimeout(poll, 1500); });
    };
    setTimeout(poll, 300);
  }

  // 待补全的标记: a mark of the list brings its place in the preview into view and flashes it
  document.querySelectorAll("a[data-jump]").forEach(function (a) {
    a.addEventListener("click", function (ev) {
      var target = document.getElementById(a.getAttribute("href").slice(1));
      if (!target) { return; }
      ev.preventDefault();
      target.scrollIntoView({ block: "center" });
      target.focus({ preventScroll: true });
      target.classList.remove("jumped");
      void target.offsetWidth;  // restart the flash when the same mark is clicked again
      target.classList.add("jumped");
      clearTimeout(target.jumpTimer);
      target.jumpTimer = setTimeout(function () { target.classList.remove("jumped"); }, 2500);
    });
  });

  // 历年数值: open the chart in place under the figure
  document.querySelectorAll("a[data-chart]").forEach(function (a) {
    a.addEventListener("click", function (ev) {
      ev.preventDefault();
      var li = a.parentNode;
      var open = li.querySelector("[data-chart-box]");
      if (open) { open.remove(); return; }
      fetch(a.href, { credentials: "same-origin" }).then(function (r) { return r.text(); }).then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var box = doc.querySelector("[data-chart-box]");
        if (box) { li.appendChild(document.importNode(box, true)); }
      });
    });
  });
})();
