// Tells the server that the person is at work, so an idle staff session ends on time and a busy one does not.
// Only what the person does counts: pages that refresh themselves never call this.
let last = 0;

function activity() {
    const marker = document.querySelector('[data-staff-session]');
    if (!marker) {
        return;
    }

    const now = Date.now();
    if (now - last < Number(marker.dataset.staffSession) * 1000) {
        return;
    }

    last = now;
    fetch('/staff/activity', { method: 'POST', headers: { 'X-Staff-Activity': '1' }, credentials: 'same-origin' }).catch(() => { });
}

for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart']) {
    document.addEventListener(type, activity, { passive: true, capture: true });
}
