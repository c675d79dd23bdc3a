// SalesBot local chat: posts to /api/local/messages and renders the channel-neutral replies; messages the bot sends
// first arrive through the inbox stream (/api/local/inbox/stream, server-sent events).
(() => {
  "use strict";

  const messages = document.getElementById("messages");
  const composer = document.getElementById("composer");
  const input = document.getElementById("text");
  const send = document.getElementById("send");
  const userIdInput = document.getElementById("user-id");
  const userNameInput = document.getElementById("user-name");

  const storage = {
    get(key, fallback) { try { return localStorage.getItem(key) ?? fallback; } catch { return fallback; } },
    set(key, value) { try { localStorage.setItem(key, value); } catch { /* private mode */ } },
  };

  const randomId = () => "web-" + Math.random().toString(36).slice(2, 10);
  const params = new URLSearchParams(location.search);
  userIdInput.value = params.get("user") || storage.get("salesbot.userId", null) || randomId();
  userNameInput.value = params.get("name") || storage.get("salesbot.userName", "");
  const remember = () => {
    storage.set("salesbot.userId", userIdInput.value.trim());
    storage.set("salesbot.userName", userNameInput.value.trim());
  };
  remember();
  userIdInput.addEventListener("change", () => { remember(); listen(); });
  userNameInput.addEventListener("change", remember);

  const newId = () => (window.crypto && crypto.randomUUID) ? crypto.randomUUID() : "m-" + Date.now().toString(36) + Math.random().toString(36).slice(2);
  const timeZone = (() => { try { return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined; } catch { return undefined; } })();

  // Escape first, then apply the light markup the bot uses: **bold**, `code`, line breaks.
  const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c]));
  const markup = (text) => escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\n/g, "<br>");

  const element = (tag, className, html) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (html !== undefined) node.innerHTML = html;
    return node;
  };

  const scrollDown = () => window.scrollTo(0, document.body.scrollHeight);

  function addMine(text) {
    const item = element("li", "me");
    item.textContent = text;
    item.dataset.testid = "mine";
    messages.appendChild(item);
    scrollDown();
    return item;
  }

  function renderReply(reply, proactive) {
    const item = element("li", "bot " + (reply.kind || "info") + (proactive ? " proactive" : ""));
    item.dataset.testid = proactive ? "proactive" : "reply";
    item.dataset.kind = reply.kind || "info";
    if (reply.id) item.dataset.messageId = reply.id;
    if (proactive) item.appendChild(element("div", "from-bot", "SalesBot wrote"));
    if (reply.speaker) item.appendChild(element("div", "speaker", escapeHtml(reply.speaker)));
    if (reply.title) item.appendChild(element("div", "title", markup(reply.title)));
    if (reply.body) item.appendChild(element("div", "body", markup(reply.body)));
    for (const section of reply.sections || []) {
      const block = element("div", "section");
      if (section.title) block.appendChild(element("div", "section-title", markup(section.title)));
      if (section.text) block.appendChild(element("div", "body", markup(section.text)));
      if (section.facts && section.facts.length) {
        const list = element("dl", "facts");
        for (const fact of section.facts) {
          list.appendChild(element("dt", "", markup(fact.name)));
          list.appendChild(element("dd", "", markup(fact.value)));
        }
        block.appendChild(list);
      }
      item.appendChild(block);
    }
    if (!reply.title && !reply.body && !(reply.sections || []).length) {
      item.appendChild(element("div", "body", markup(reply.text)));
    }
    // Form fields (channel-neutral inputs): their values travel with whichever button of the message is pressed.
    const fields = [];
    if (reply.inputs && reply.inputs.length) {
      const form = element("div", "form");
      for (const input of reply.inputs) {
        const label = element("label", "field");
        label.appendChild(element("span", "label", escapeHtml(input.label)));
        let control;
        if (input.kind === "choice") {
          control = document.createElement("select");
          for (const choice of input.choices || []) {
            const option = document.createElement("option");
            option.value = choice.name;
            option.textContent = choice.value;
            control.appendChild(option);
          }
        } else if (input.kind === "multilinetext") {
          control = document.createElement("textarea");
          control.rows = 3;
        } else {
          control = document.createElement("input");
          control.type = input.kind === "date" ? "date" : input.kind === "time" ? "time" : "text";
        }
        if (input.placeholder) control.placeholder = input.placeholder;
        if (input.value) control.value = input.value;
        control.dataset.inputId = input.id;
        label.appendChild(control);
        form.appendChild(label);
        fields.push(control);
      }
      item.appendChild(form);
    }
    if (reply.actions && reply.actions.length) {
      const bar = element("div", "actions");
      for (const action of reply.actions) {
        const button = element("button", action.style || "");
        button.type = "button";
        button.textContent = action.title;
        button.dataset.actionId = action.id;
        button.addEventListener("click", () => {
          const data = { ...(action.data || {}) };
          for (const field of fields) if (field.value.trim()) data[field.dataset.inputId] = field.value.trim();
          post({ action: { id: action.id, data, sourceMessageId: reply.id } }, action.title);
        });
        bar.appendChild(button);
      }
      item.appendChild(bar);
    }
    return item;
  }

  function addReply(reply, proactive) {
    messages.appendChild(renderReply(reply, proactive));
    scrollDown();
  }

  // The turn's verdict on the card whose button was pressed: "replace" it, or "retire" its buttons.
  function applyUpdate(update) {
    if (!update || !update.messageId) return;
    const target = messages.querySelector(`li[data-message-id="${CSS.escape(update.messageId)}"]`);
    if (!target) return;
    if (update.kind === "replace" && update.reply) {
      const replacement = renderReply(update.reply, target.classList.contains("proactive"));
      replacement.classList.add("updated");
      target.replaceWith(replacement);
    } else if (update.kind === "retire") {
      target.classList.add("retired");
      for (const button of target.querySelectorAll(".actions button")) button.disabled = true;
    }
  }

  function addError(text) {
    addReply({ kind: "error", text, body: text });
  }

  // One turn in flight at a time, in the order typed: what is typed meanwhile is shown at once (marked queued) and sent
  // when the turn before it has its answer, never dropped.
  const queue = [];
  let busy = false;
  function post(payload, echo) {
    const userId = userIdInput.value.trim();
    if (!userIdInput.checkValidity() || !userId) {
      addError("Pick an id made of letters, digits, '.', '_', '-' or '@' (up to 64 characters).");
      return;
    }
    const mine = addMine(echo);
    if (busy) mine.classList.add("queued");
    queue.push({ payload, userId, mine });
    document.body.dataset.idle = "false";
    document.body.dataset.queued = String(queue.length - (busy ? 0 : 1));
    if (!busy) drain();
  }

  async function drain() {
    busy = true;
    while (queue.length) {
      const next = queue.shift();
      next.mine.classList.remove("queued");
      document.body.dataset.queued = String(queue.length);
      await deliver(next.payload, next.userId);
    }
    busy = false;
    document.body.dataset.idle = "true";
    input.focus();
  }

  async function deliver(payload, userId) {
    try {
      const response = await fetch("api/local/messages", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ userId, userName: userNameInput.value.trim() || undefined, messageId: newId(), timeZone, locale: navigator.language || undefined, ...payload }),
      });
      const data = await response.json().catch(() => null);
      if (!response.ok) {
        addError((data && (data.detail || data.title)) || `The bot answered ${response.status}.`);
        return;
      }
      applyUpdate(data.update);
      for (const reply of data.replies) addReply(reply);
    } catch (error) {
      addError("Can't reach SalesBot. Is it still running?");
    }
  }

  // A reload shows the recent conversation again, read back from the transcript (replies as text: their buttons are
  // history). Rendered above anything typed since the page opened.
  async function restore() {
    const userId = userIdInput.value.trim();
    if (!userId || !userIdInput.checkValidity()) return;
    try {
      const response = await fetch(`api/local/history?userId=${encodeURIComponent(userId)}`);
      if (!response.ok) return;
      const data = await response.json();
      const anchor = messages.querySelector("li.hint");
      const fragment = document.createDocumentFragment();
      for (const turn of data.turns || []) {
        if (turn.text) {
          const item = element("li", "me history");
          item.textContent = turn.text;
          item.dataset.testid = "history-mine";
          fragment.appendChild(item);
        }
        for (const text of turn.replies || []) {
          const item = element("li", "bot history", markup(text));
          item.dataset.testid = "history-reply";
          fragment.appendChild(item);
        }
      }
      if (fragment.childNodes.length) {
        if (anchor) anchor.remove();
        messages.insertBefore(fragment, messages.firstChild);
        scrollDown();
      }
    } catch {
      // The page still works without its history.
    } finally {
      document.body.dataset.history = "loaded";
    }
  }

  composer.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    document.body.dataset.idle = "false";
    post({ text }, text);
  });

  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      composer.requestSubmit();
    }
  });

  // The inbox: what the bot sends first (a nomination to review, a decision on yours). The cursor is kept per user, so
  // a reload shows only what arrived since; EventSource reconnects by itself and resumes with Last-Event-ID.
  let inbox = null;
  function listen() {
    if (inbox) inbox.close();
    const userId = userIdInput.value.trim();
    if (!userId || !userIdInput.checkValidity()) return;
    const cursorKey = "salesbot.inbox." + userId;
    const after = storage.get(cursorKey, "");
    inbox = new EventSource(`api/local/inbox/stream?userId=${encodeURIComponent(userId)}` + (after ? `&after=${encodeURIComponent(after)}` : ""));
    inbox.onopen = () => { document.body.dataset.inbox = "open"; };
    inbox.onmessage = (event) => {
      const item = JSON.parse(event.data);
      if (item.update) applyUpdate(item.update);
      if (item.reply) addReply(item.reply, true);
      storage.set(cursorKey, item.id);
    };
  }
  listen();
  restore();

  input.focus();
})();
