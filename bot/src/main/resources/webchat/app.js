// Baton web chat: one browser session is one conversation. Text is always inserted as text, never as HTML.
(function () {
  "use strict";
  const log = document.getElementById("log");
  const form = document.getElementById("ask");
  const input = document.getElementById("text");
  const send = document.getElementById("send");
  const status = document.getElementById("status");
  const humanButton = document.getElementById("human");

  function sessionId() {
    let id = sessionStorage.getItem("baton.session");
    if (!id) {
      id = (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + "-" + Math.random().toString(16).slice(2));
      sessionStorage.setItem("baton.session", id);
    }
    return id;
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function addMessage(who, text) {
    const item = element("li", "msg " + who);
    item.appendChild(element("div", "bubble", text));
    log.appendChild(item);
    item.scrollIntoView({ block: "end" });
    return item;
  }

  function isWebLink(location) {
    return /^https?:\/\//i.test(location);
  }

  function addReply(reply) {
    const item = addMessage(reply.kind === "answer" ? (reply.abstained ? "bot unsure" : "bot") : "bot handoff", reply.text);
    item.dataset.kind = reply.kind;
    if (reply.kind === "handoff" || reply.kind === "with-human") startFollowingHandoff();
    if (reply.sources && reply.sources.length) {
      const sources = element("div", "sources");
      sources.appendChild(element("div", "sources-title", reply.abstained ? "Closest sources I found" : "Sources"));
      const list = element("ol", "source-list");
      reply.sources.forEach(function (source) {
        const entry = element("li", "source");
        entry.value = source.number;
        // The section is a heading path that starts with the page title: show only what follows it.
        const prefix = source.title + " > ";
        const section = source.section && source.section.startsWith(prefix) ? source.section.slice(prefix.length)
          : (source.section === source.title ? "" : source.section);
        const label = source.title + (section ? " — " + section : "");
        if (isWebLink(source.location)) {
          const link = element("a", null, label);
          link.href = source.location;
          link.target = "_blank";
          link.rel = "noopener noreferrer";
          entry.appendChild(link);
        } else {
          entry.appendChild(element("span", null, label));
          entry.appendChild(element("span", "path", " (" + source.location + ")"));
        }
        if (source.kind === "TICKET") entry.appendChild(element("span", "tag", "similar past ticket"));
        list.appendChild(entry);
      });
      sources.appendChild(list);
      item.appendChild(sources);
    }
    if (reply.kind === "answer" || reply.kind === "unavailable") {
      const footer = element("div", "actions");
      if (typeof reply.confidence === "number") {
        footer.appendChild(element("span", "confidence " + (reply.abstained ? "low" : "ok"),
          (reply.abstained ? "Not sure" : "Confidence") + " " + Math.round(reply.confidence * 100) + "%"));
      }
      const talk = element("button", "link", "Talk to a human");
      talk.type = "button";
      talk.addEventListener("click", function () { askForHuman(""); });
      footer.appendChild(talk);
      item.appendChild(footer);
    }
  }

  async function post(path, text) {
    const response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sessionId: sessionId(), text: text })
    });
    const body = await response.json().catch(function () { return null; });
    if (!response.ok) {
      const why = body && (body.error || body.text) ? (body.error || body.text) : "HTTP " + response.status;
      const fix = body && body.fix ? " — " + body.fix : "";
      throw new Error(why + fix);
    }
    return body;
  }

  // While a person holds the conversation, the page fetches their replies every few seconds.
  const POLL_MS = 3000;
  const seen = new Set();
  let pollTimer = null;
  let surveyShown = null;

  async function fetchUpdates() {
    const response = await fetch("/api/webchat/handoff/updates?sessionId=" + encodeURIComponent(sessionId()));
    if (!response.ok) throw new Error("HTTP " + response.status);
    return response.json();
  }

  function startFollowingHandoff() {
    if (pollTimer) return;
    // What is already in the transcript (the handoff note just shown) is not shown twice.
    fetchUpdates().then(function (updates) {
      updates.messages.forEach(function (message) { seen.add(message.id); });
    }).catch(function () {}).finally(function () {
      pollTimer = setInterval(pollOnce, POLL_MS);
    });
  }

  async function pollOnce() {
    let updates;
    try {
      updates = await fetchUpdates();
    } catch (error) {
      status.textContent = "Reconnecting to the support team…";
      return;
    }
    if (status.textContent === "Reconnecting to the support team…") status.textContent = "";
    updates.messages.forEach(function (message) {
      if (seen.has(message.id)) return;
      seen.add(message.id);
      const item = addMessage(message.kind === "agent" ? "agent" : "bot handoff", message.text);
      if (message.kind === "agent") item.insertBefore(element("div", "author", message.author), item.firstChild);
    });
    if (updates.surveyTicketId && surveyShown !== updates.surveyTicketId) {
      surveyShown = updates.surveyTicketId;
      showSurvey(updates.surveyTicketId);
    }
    if (updates.handoffState === "returned to the bot" || (updates.handoffState === "resolved" && !updates.surveyTicketId)) {
      clearInterval(pollTimer);
      pollTimer = null;
    }
  }

  function showSurvey(ticketId) {
    const item = addMessage("bot survey", "How satisfied are you with the help you got?");
    const scale = element("div", "survey");
    [1, 2, 3, 4, 5].forEach(function (score) {
      const button = element("button", "score", String(score));
      button.type = "button";
      button.title = ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"][score - 1];
      button.addEventListener("click", async function () {
        scale.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
        try {
          const response = await fetch("/api/webchat/handoff/survey", {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ sessionId: sessionId(), ticketId: ticketId, score: score })
          });
          if (!response.ok) {
            const body = await response.json().catch(function () { return null; });
            throw new Error(body && body.error ? body.error : "HTTP " + response.status);
          }
          scale.replaceWith(element("div", "thanks", "Thank you — you rated " + score + " out of 5."));
        } catch (error) {
          scale.querySelectorAll("button").forEach(function (b) { b.disabled = false; });
          addMessage("bot error", "Your rating was not saved: " + error.message);
        }
      });
      scale.appendChild(button);
    });
    item.appendChild(scale);
  }

  function busy(on) {
    send.disabled = on;
    humanButton.disabled = on;
    status.textContent = on ? "Baton is looking this up…" : "";
  }

  async function ask(text) {
    addMessage("user", text);
    busy(true);
    try {
      addReply(await post("/api/webchat/messages", text));
    } catch (error) {
      addMessage("bot error", "I could not answer: " + error.message + ". You can still use “Talk to a human”.");
    } finally {
      busy(false);
      input.focus();
    }
  }

  async function askForHuman(note) {
    busy(true);
    try {
      addReply(await post("/api/webchat/human", note));
    } catch (error) {
      addMessage("bot error", "I could not reach the support team: " + error.message);
    } finally {
      busy(false);
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    ask(text);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  humanButton.addEventListener("click", function () { askForHuman(""); });
})();
