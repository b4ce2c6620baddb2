// "Read aloud": learners who read with difficulty can hear the instruction, in the
// interface language, with a voice that runs on their own device (never a network
// voice, so no text leaves the page). The browser's speech API is replaced by a fake
// that records what it was asked to say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite, newPage, waitForApp } from './harness.mjs';

const suite = appSuite();

/** Installs a fake speechSynthesis with the given voices; spoken texts go to window.__spoken. */
function fakeSpeech(voices) {
  window.__spoken = [];
  window.__cancelled = 0;
  class Utterance {
    constructor(text) {
      this.text = text;
      this.lang = '';
      this.voice = null;
      this.rate = 1;
    }
  }
  const listeners = [];
  const synth = {
    speaking: false,
    pending: false,
    onvoiceschanged: null,
    getVoices: () => (window.__voicesLoaded ? voices : []),
    speak(u) {
      window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name, rate: u.rate });
      this.speaking = true;
    },
    cancel() {
      window.__cancelled += 1;
      this.speaking = false;
    },
    addEventListener: (t, f) => listeners.push(f),
  };
  window.__voicesLoaded = false;
  // Voices arrive a moment after start-up, as in Chrome.
  setTimeout(() => {
    window.__voicesLoaded = true;
    if (typeof synth.onvoiceschanged === 'function') synth.onvoiceschanged(new Event('voiceschanged'));
  }, 300);
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = Utterance;
}

const VOICES = [
  { name: 'Online Dutch (network)', lang: 'nl-NL', localService: false, default: false, voiceURI: 'n' },
  { name: 'Local Dutch', lang: 'nl-BE', localService: true, default: true, voiceURI: 'l' },
  { name: 'Local French', lang: 'fr-BE', localService: true, default: false, voiceURI: 'f' },
];

async function openWith(voices, query) {
  const page = await newPage(suite.browser, { viewport: { width: 1366, height: 900 } });
  await page.addInitScript(fakeSpeech, voices);
  await page.goto(`${suite.server.url}${query}`);
  await waitForApp(page);
  return page;
}

test('reads the instruction aloud in Dutch with a local voice, never a network one', { timeout: 60_000 }, async () => {
  const page = await openWith(VOICES, '?lang=nl&scenario=eid-mijngezondheid&step=pin');
  const button = page.locator('#read-aloud');
  await button.waitFor({ state: 'visible' });
  assert.equal((await button.innerText()).trim(), 'Lees voor');
  await button.click();
  const spoken = await page.evaluate(() => window.__spoken);
  assert.equal(spoken.length, 1);
  assert.equal(spoken[0].voice, 'Local Dutch');
  assert.equal(spoken[0].lang, 'nl-BE');
  const title = (await page.locator('#step-title').innerText()).trim();
  const instruction = (await page.locator('#instruction').innerText()).trim();
  assert.ok(spoken[0].text.includes(title), `says the title: ${spoken[0].text}`);
  assert.ok(spoken[0].text.includes(instruction), 'says the instruction as shown');
  // Going to another step stops the old text.
  const before = await page.evaluate(() => window.__cancelled);
  await page.locator('#back-btn').click();
  await page.waitForFunction((n) => window.__cancelled > n, before);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('reads French in French, and is absent when the device has no voice for the language', { timeout: 60_000 }, async () => {
  const fr = await openWith(VOICES, '?lang=fr&scenario=csam-code&step=registration-code');
  await fr.locator('#read-aloud').click();
  const spoken = await fr.evaluate(() => window.__spoken);
  assert.equal(spoken[0].voice, 'Local French');
  assert.equal((await fr.locator('#read-aloud').innerText()).trim(), 'Lire à voix haute');
  await fr.close();

  // German: only a network voice would do, so the button does not appear.
  const de = await openWith([{ name: 'Online German', lang: 'de-DE', localService: false, default: true, voiceURI: 'g' }], '?lang=de&scenario=eid-mijngezondheid&step=pin');
  await de.waitForTimeout(800);
  assert.equal(await de.locator('#read-aloud').count(), 0);
  assert.deepEqual(de.errors, []);
  await de.close();
});
