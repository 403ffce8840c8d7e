// The demo page's own switches: language, light/dark, large text. The widgets follow the page:
// they read <html lang> and the page's color-scheme; nothing here talks to them directly.
const root = document.documentElement;
const press = (id, on) => document.getElementById(id).setAttribute('aria-pressed', String(on));

function setLang(lang) {
  root.lang = lang;
  const key = lang === 'en' ? 'en' : 'zh';
  for (const el of document.querySelectorAll('[data-zh]')) el.textContent = el.dataset[key];
  for (const el of document.querySelectorAll('[data-zh-label]')) el.setAttribute('aria-label', el.dataset[`${key}Label`]);
  document.title = lang === 'en' ? 'Policy implementation · widget demo' : '政策落实情况 · 组件演示';
  press('lang-zh', lang !== 'en');
  press('lang-en', lang === 'en');
}

function setTheme(dark) {
  root.classList.toggle('theme-dark', dark);
  press('theme-light', !dark);
  press('theme-dark', dark);
}

document.getElementById('lang-zh').addEventListener('click', () => setLang('zh-CN'));
document.getElementById('lang-en').addEventListener('click', () => setLang('en'));
document.getElementById('theme-light').addEventListener('click', () => setTheme(false));
document.getElementById('theme-dark').addEventListener('click', () => setTheme(true));
document.getElementById('large-text').addEventListener('click', (event) => {
  const on = !root.classList.contains('large-text');
  root.classList.toggle('large-text', on);
  event.currentTarget.setAttribute('aria-pressed', String(on));
});

// ?lang=en&theme=dark&large=1 set the switches from the address, for screenshots and links.
const params = new URLSearchParams(location.search);
if (params.get('lang')) setLang(params.get('lang'));
if (params.get('theme') === 'dark') setTheme(true);
if (params.get('large') === '1') document.getElementById('large-text').click();
