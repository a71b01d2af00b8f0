// Staff pages: the optional chime for a new Crisis question. The choice is kept in this browser only.
const key = "adviceintake.crisis-sound";
let audio;

export function soundIsOn() {
    return localStorage.getItem(key) === "on";
}

export function setSound(on) {
    localStorage.setItem(key, on ? "on" : "off");
}

// Two soft notes made in the browser: no sound file to fetch, and quiet enough for a shared office.
export function chime() {
    audio ??= new AudioContext();
    const start = audio.currentTime;
    [660, 880].forEach((frequency, i) => {
        const tone = audio.createOscillator();
        const volume = audio.createGain();
        tone.frequency.value = frequency;
        volume.gain.setValueAtTime(0.0001, start + i * 0.18);
        volume.gain.exponentialRampToValueAtTime(0.15, start + i * 0.18 + 0.02);
        volume.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.18 + 0.35);
        tone.connect(volume).connect(audio.destination);
        tone.start(start + i * 0.18);
        tone.stop(start + i * 0.18 + 0.4);
    });
}


// Keyboard shortcuts on the queue and the case page. Keys act only when no field has the focus, so typing a note or
// an answer never moves or takes anything. What a key did is written into the status line for screen readers.
let onKey;
let chosen;
let watcher;

export function queueKeys(dotnet) {
    listen("queue", event => {
        const rows = [...document.querySelectorAll("[data-queue-rows] .queue-row")];
        const focused = rows.findIndex(row => row.contains(document.activeElement));
        const index = focused >= 0 ? focused : rows.findIndex(row => row.dataset.question === chosen);
        switch (event.key) {
            case "j":
            case "k":
                if (rows.length === 0) {
                    say("The queue is empty.");
                    return true;
                }
                choose(rows, event.key === "j" ? Math.min(index + 1, rows.length - 1) : Math.max(index - 1, 0));
                return true;
            case "Enter":
                if (index < 0 || rows[index].contains(document.activeElement)) {
                    return false;
                }
                rows[index].querySelector(".case-link").click();
                return true;
            case "t":
                if (event.repeat) {
                    return true;
                }
                if (index >= 0) {
                    say("Taking the question.");
                    dotnet.invokeMethodAsync("TakeAsync", rows[index].dataset.question);
                } else {
                    say("Taking the next question.");
                    document.querySelector("[data-take-next]")?.click();
                }
                return true;
            default:
                return false;
        }
    });

    // The live queue redraws rows as it changes; the chosen one keeps its mark and, if it had it, the focus.
    watcher = new MutationObserver(() => {
        const row = chosen && document.querySelector(`.queue-row[data-question="${chosen}"]`);
        if (row && !row.classList.contains("keyboard-chosen")) {
            row.classList.add("keyboard-chosen");
            if (document.activeElement === document.body) {
                row.querySelector(".case-link").focus({ preventScroll: true });
            }
        }
    });
    const rows = document.querySelector("[data-queue-rows]");
    if (rows) {
        watcher.observe(rows, { childList: true, subtree: true });
    }
}

export function caseKeys() {
    listen("case", event => {
        switch (event.key) {
            case "t": {
                const take = document.querySelector("[data-take-case]");
                if (take) {
                    say("Taking this question.");
                    take.click();
                } else if (document.querySelector("[data-assignment][data-mine]")) {
                    say("This question is already yours.");
                } else {
                    say("This question already has someone on it.");
                }
                return true;
            }
            case "n": {
                const note = document.getElementById("field-Note");
                note?.scrollIntoView({ block: "center" });
                note?.focus();
                return true;
            }
            default:
                return false;
        }
    });
}

// A page leaving stops only its own keys: the next page may already have set up its own.
export function stopKeys(page) {
    if (page && document.documentElement.dataset.keys !== page) {
        return;
    }
    if (onKey) {
        document.removeEventListener("keydown", onKey);
        document.removeEventListener("click", onClick);
        onKey = undefined;
    }
    watcher?.disconnect();
    watcher = undefined;
    chosen = undefined;
    delete document.documentElement.dataset.keys;
}

function listen(page, handle) {
    stopKeys();
    document.documentElement.dataset.keys = page;
    onKey = event => {
        if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)
            || document.querySelector("dialog[open]")) {
            return;
        }
        if (event.key === "?") {
            openShortcuts();
            event.preventDefault();
        } else if (handle(event)) {
            event.preventDefault();
        }
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
}

function onClick(event) {
    if (event.target.closest("[data-open-shortcuts]")) {
        openShortcuts();
    } else if (event.target.closest("[data-close-shortcuts]")) {
        event.target.closest("dialog")?.close();
    }
}

function openShortcuts() {
    const dialog = document.getElementById("keyboard-shortcuts");
    if (dialog && !dialog.open) {
        dialog.showModal();
    }
}

function choose(rows, index) {
    rows.forEach(row => row.classList.remove("keyboard-chosen"));
    const row = rows[index];
    chosen = row.dataset.question;
    row.classList.add("keyboard-chosen");
    row.querySelector(".case-link").focus();
    row.scrollIntoView({ block: "nearest" });
    say(`Question ${index + 1} of ${rows.length}.`);
}

function typing(target) {
    return target instanceof HTMLElement
        && (target.isContentEditable || target.closest("input, textarea, select, [role=combobox], [role=listbox], .mud-input"));
}

function say(words) {
    const status = document.getElementById("keyboard-status");
    if (status) {
        status.textContent = words;
    }
}
