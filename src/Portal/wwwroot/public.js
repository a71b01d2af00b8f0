// Enhancements for the public pages. Each page works without this file: forms post, "Exit this page" is a link,
// limits are stated. With it: Shift three times leaves, counts run as people type, the draft is kept as they type,
// the reference can be copied. Listeners sit on the document, and no inline script is needed (the CSP forbids it).
const exitTo = (url) => {
    try {
        // Drafts kept in the tab by older versions of this page must not stay behind either.
        sessionStorage.clear();
    } catch {
        // Storage may be disabled; leaving matters more.
    }
    document.body.style.visibility = 'hidden';
    window.location.replace(url);
};

const quickExitUrl = () => document.querySelector('[data-quick-exit]')?.href;

document.addEventListener('click', (event) => {
    const exit = event.target.closest('[data-quick-exit]');
    if (exit) {
        event.preventDefault();
        exitTo(exit.href);
        return;
    }
    if (event.target.closest('[data-print]')) {
        window.print();
        return;
    }
    const copy = event.target.closest('[data-copy]');
    if (copy) {
        const status = copy.parentElement.querySelector('[data-copy-status]');
        navigator.clipboard.writeText(copy.dataset.copy).then(
            () => { status.textContent = `Copied: ${copy.dataset.copy}`; },
            () => { status.textContent = 'Copying is not allowed here: please write it down.'; });
        return;
    }
    // An error summary link moves focus to its field, not only the view (GOV.UK's pattern).
    const problem = event.target.closest('.error-summary a[href*="#"]');
    const field = problem && new URL(problem.href).pathname === location.pathname
        && document.getElementById(decodeURIComponent(problem.hash.slice(1)));
    if (field) {
        event.preventDefault();
        // The page's own address with the field's anchor: a bare "#field" would resolve against <base href="/">.
        history.replaceState(null, '', location.pathname + location.search + problem.hash);
        field.scrollIntoView({ block: 'center' });
        field.focus({ preventScroll: true });
    }
});

// Shift pressed three times in a row, as GOV.UK's "Exit this page" does; any other key starts the count again.
let shiftPresses = 0;
let lastShift = 0;
document.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift' || event.repeat) {
        shiftPresses = 0;
        return;
    }
    const now = Date.now();
    shiftPresses = now - lastShift < 1000 ? shiftPresses + 1 : 1;
    lastShift = now;
    const url = quickExitUrl();
    if (shiftPresses >= 3 && url) {
        exitTo(url);
    }
});

// Character counts: never a cut, only a count down and then how many too many.
const numbers = new Intl.NumberFormat('en-US');
const countWords = (max, length) => {
    const left = max - length;
    if (left >= 0) {
        return `You have ${numbers.format(left)} character${left === 1 ? '' : 's'} remaining`;
    }
    return `You have ${numbers.format(-left)} character${left === -1 ? '' : 's'} too many`;
};
const announceTimers = new Map();
const updateCount = (field, announceLater = true) => {
    const max = Number(field.dataset.countMax);
    const count = document.querySelector(`[data-count-for="${field.id}"]`);
    if (!max || !count) {
        return;
    }
    const length = field.value.replace(/\r\n/g, '\n').length;
    count.textContent = countWords(max, length);
    count.classList.toggle('char-count-over', length > max);
    // Screen readers hear the count once typing pauses, not at every key, and not as the page opens.
    if (!announceLater) {
        return;
    }
    clearTimeout(announceTimers.get(field.id));
    announceTimers.set(field.id, setTimeout(() => {
        const announce = document.querySelector(`[data-count-announce-for="${field.id}"]`);
        if (announce) {
            announce.textContent = countWords(max, length);
        }
    }, 1000));
};

// A question asked only about an address that was given.
const updateConditionals = () => {
    for (const block of document.querySelectorAll('[data-shown-when-filled]')) {
        const source = document.getElementById(block.dataset.shownWhenFilled);
        if (source) {
            block.hidden = source.value.trim() === '';
        }
    }
};

// The draft is kept on the server as people type, so a reload or a lost connection keeps what Continue did not send.
const autosaveTimers = new WeakMap();
const autosave = (form) => {
    clearTimeout(autosaveTimers.get(form));
    autosaveTimers.set(form, setTimeout(() => {
        fetch(form.dataset.autosave, { method: 'POST', body: new FormData(form), credentials: 'same-origin' }).catch(() => {
            // Offline for a moment: the next change or Continue sends it again.
        });
    }, 800));
};

document.addEventListener('input', (event) => {
    const field = event.target;
    if (field.dataset?.countMax) {
        updateCount(field);
    }
    updateConditionals();
    const form = field.form;
    if (form?.dataset.autosave) {
        autosave(form);
    }
});
document.addEventListener('change', (event) => {
    const form = event.target.form;
    if (form?.dataset.autosave) {
        autosave(form);
    }
});

document.addEventListener('submit', (event) => {
    const form = event.target;
    clearTimeout(autosaveTimers.get(form));
    // "Send question" sends once however often it is pressed (the server refuses a second send as well).
    const once = form.querySelector('[data-send-once]');
    if (once) {
        if (form.dataset.sending) {
            event.preventDefault();
            return;
        }
        form.dataset.sending = 'true';
        once.setAttribute('aria-disabled', 'true');
        once.textContent = 'Sending…';
    }
});

const enhance = () => {
    for (const field of document.querySelectorAll('[data-count-max]')) {
        updateCount(field, false);
    }
    updateConditionals();
    for (const hidden of document.querySelectorAll('[data-print][hidden], [data-copy-actions][hidden]')) {
        if (!hidden.matches('[data-copy-actions]') || navigator.clipboard) {
            hidden.hidden = false;
        }
    }
};
if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', enhance);
} else {
    enhance();
}
