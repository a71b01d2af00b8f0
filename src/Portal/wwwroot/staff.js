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

