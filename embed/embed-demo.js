// The partner page's own few lines: show the progress events, drive the frame.
const el = document.getElementById('exercise');
const progress = document.getElementById('demo-progress');
el.addEventListener('logincoach:progress', (e) => {
  progress.textContent = `Stap ${e.detail.index} van ${e.detail.total}`;
});
el.addEventListener('logincoach:completed', (e) => {
  const s = e.detail.score;
  document.getElementById('demo-result').textContent = s
    ? `Test klaar: ${s.alone} van ${s.steps} stappen alleen, ${s.mistakes} fout(en), ${s.seconds} seconden.`
    : 'Oefening klaar.';
});
document.getElementById('demo-goto').addEventListener('click', () => el.logincoach.goto(document.getElementById('demo-scenario').value));
document.getElementById('demo-restart').addEventListener('click', () => el.logincoach.restart());
document.getElementById('demo-fr').addEventListener('click', () => el.logincoach.set({ lang: 'fr' }));
document.getElementById('demo-test').addEventListener('click', () => el.logincoach.set({ mode: 'test' }));
