#!/usr/bin/env node
// Renders one of the bot's cards with Microsoft's Adaptive Cards renderer in Chromium and saves a PNG for the
// README (docs/images/card-reflection.png). Needs the build (npm run build) and /usr/bin/chromium.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const dist = (p) => require(join(root, 'shared', 'dist', p));
const { renderAppCard } = dist('cards/app.card.js');
const { reflectionCardView } = dist('cards/views/reflection.view.js');
const { networkAt, TestWorld, TYPE_CASES, orgConfig, actor } = dist('testing/domain-fixtures.js');

const world = new TestWorld();
let n = networkAt(world, TYPE_CASES[2], 'active');
n = world.must(n, actor('leader'), {
  type: 'linkMeeting',
  meetingId: 'm1',
  title: 'Netværksmøde 3',
  chatId: '19:meeting',
});
n = world.must(n, actor('leader'), { type: 'endMeeting', meetingId: 'm1' });
const answers = [
  {
    answerKey: 'x',
    meetingId: 'm1',
    value: 4,
    valueComment: '',
    workingWell: 4,
    workingWellComment: '',
    changeForm: false,
    suggestion: '',
    answeredAt: '',
    person: null,
  },
];
const card = renderAppCard(
  reflectionCardView(n, n.meetings[0], {
    locale: 'da',
    viewer: actor('participant'),
    config: orgConfig(),
    answers,
    own: null,
  }),
);
const bundle = readFileSync(require.resolve('adaptivecards/dist/adaptivecards.js'), 'utf8');
const html = `<!doctype html><html lang="da"><head><meta charset="utf-8"><style>body{font-family:'Segoe UI',system-ui,sans-serif;background:#f5f5f5;margin:0;padding:16px}#card{max-width:520px;background:#fff;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.2);padding:4px}</style><script>${bundle}</script></head><body><div id="card"></div><script>
const c = new AdaptiveCards.AdaptiveCard(); c.parse(${JSON.stringify(card)}); document.getElementById('card').appendChild(c.render());</script></body></html>`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 560, height: 900 } });
await page.setContent(html);
await (await page.$('#card')).screenshot({ path: join(root, 'docs', 'images', 'card-reflection.png') });
await browser.close();
console.log('wrote docs/images/card-reflection.png');
