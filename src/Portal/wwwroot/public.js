// Quick exit and printing for the public pages. Listeners sit on the document, so they keep working however
// Blazor re-renders the page, and no inline script is needed (the Content-Security-Policy forbids it).
const exitTo = (url) => {
    try {
        // The intake draft lives in this tab's session storage: leaving must not leave it behind.
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
    // An error summary link moves focus to its field, not only the view (GOV.UK's pattern).
    const problem = event.target.closest('.error-summary a[href*="#"]');
    const field = problem && document.getElementById(decodeURIComponent(problem.hash.slice(1)));
    if (field) {
        event.preventDefault();
        history.replaceState(null, '', problem.hash);
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
