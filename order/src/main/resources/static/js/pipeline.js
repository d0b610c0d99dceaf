// The pipeline page: asks /order/api/pipeline every two seconds and draws the topic's partitions and, for each
// consumer group, its members with the partitions they hold and the lag per partition.
'use strict';
(() => {
  const { el } = orderflow;
  const root = document.getElementById('pipeline');
  const sum = (items, value) => items.reduce((total, item) => total + value(item), 0);
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const table = (className, headings, rows) => el('div', { class: 'scroll' }, el('table', { class: className },
    el('thead', {}, el('tr', {}, headings.map(([text, cls]) => el('th', { class: cls }, text)))),
    el('tbody', {}, rows)));

  // Partitions side by side, so the topic reads as one row of boxes with their end offsets under them.
  function topic(snapshot) {
    return el('section', { class: 'card', id: 'topic' },
      el('h2', {}, 'Topic ', el('code', {}, snapshot.topic)),
      el('p', {}, `${plural(snapshot.partitions.length, 'partition')}, `
        + `${plural(sum(snapshot.partitions, p => p.endOffset), 'event')} in all`),
      el('div', { class: 'scroll' }, el('table', { class: 'topic-partitions' }, el('tbody', {},
        el('tr', {}, el('th', {}, 'Partition'),
          snapshot.partitions.map(p => el('td', { class: 'number' }, el('span', { class: 'partition' }, p.partition)))),
        el('tr', {}, el('th', {}, 'End offset'),
          snapshot.partitions.map(p => el('td', { class: 'number end-offset' }, p.endOffset)))))));
  }

  function members(group) {
    if (group.members.length === 0) {
      return el('p', { class: 'status down' }, 'No members: nobody in this group is reading right now.');
    }
    return table('members', [['Instance'], ['Address'], ['Partitions']], group.members.map(m =>
      el('tr', { class: 'member', 'data-instance': m.instance },
        el('td', {}, el('strong', {}, m.instance)),
        el('td', {}, el('code', {}, m.address)),
        el('td', {}, el('span', { class: 'partitions' },
          m.partitions.length ? m.partitions.map(p => el('span', { class: 'partition' }, p)) : 'none (idle)')))));
  }

  function lag(group) {
    return table('lag', [['Partition'], ['Held by'], ['Committed', 'number'], ['Lag', 'number']],
      group.partitions.map(p => el('tr', { class: 'lag-row', 'data-partition': p.partition },
        el('td', {}, el('span', { class: 'partition' }, p.partition)),
        el('td', { class: 'held-by' }, p.heldBy ?? '\u2013'),
        el('td', { class: 'number' }, p.committedOffset ?? '\u2013'),
        el('td', { class: `number ${p.lag === 0 ? 'lag-zero' : 'lag-behind'}` }, p.lag))));
  }

  function group(g) {
    return el('section', { class: 'card group', id: `group-${g.name}` },
      el('h2', {}, 'Group ', el('code', {}, g.name)),
      el('p', {}, `${g.state} \u00b7 ${plural(g.members.length, 'member')} \u00b7 lag `,
        el('strong', { class: 'group-lag' }, sum(g.partitions, p => p.lag))),
      members(g),
      el('h3', {}, 'Partitions'),
      lag(g));
  }

  orderflow.every(2000, async () => {
    const { status, body } = await orderflow.getJson(root.dataset.api);
    const updated = document.getElementById('pipeline-updated');
    if (!body) {
      updated.className = 'status down';
      updated.textContent = status === 503 ? 'Kafka is not answering; trying again\u2026'
        : `The order service did not answer (${status || 'no connection'}); trying again\u2026`;
      return true;
    }
    updated.className = 'muted';
    updated.textContent = `As of ${orderflow.time(body.takenAt)}, refreshed every two seconds.`;
    root.replaceChildren(topic(body), el('div', { class: 'cards' }, body.groups.map(group)));
    return true;
  });
})();
