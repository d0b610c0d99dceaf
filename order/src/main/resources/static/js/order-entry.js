// Order entry: add and remove lines, keep their names numbered in row order (lines[0].itemId, lines[1].itemId, ...)
// so the server binds them, and show each line's amount and the running total. The server computes the real total
// from its catalog; this one is only a preview.
'use strict';
(() => {
  const form = document.getElementById('order-entry');
  const rows = document.getElementById('line-rows');

  const cents = value => Math.round(Number(value) * 100);

  function renumber() {
    rows.querySelectorAll('tr.line').forEach((row, index) => {
      row.querySelectorAll('[name^="lines["]').forEach(field => {
        field.name = field.name.replace(/^lines\[\d+\]/, `lines[${index}]`);
      });
    });
  }

  function update() {
    let total = 0;
    rows.querySelectorAll('tr.line').forEach(row => {
      const option = row.querySelector('select.item').selectedOptions[0];
      const count = Number.parseInt(row.querySelector('input.count').value, 10);
      const known = option && option.dataset.price !== undefined && count > 0;
      const amount = known ? cents(option.dataset.price) * count : 0;
      row.querySelector('.amount').textContent = known ? orderflow.money(amount / 100) : '\u2013';
      total += amount;
    });
    document.getElementById('total').textContent = orderflow.money(total / 100);
  }

  document.getElementById('add-line').addEventListener('click', () => {
    rows.append(document.getElementById('line-template').content.cloneNode(true));
    renumber();
    update();
    rows.lastElementChild.querySelector('select').focus();
  });

  rows.addEventListener('click', event => {
    const remove = event.target.closest('button.remove');
    if (remove) {
      remove.closest('tr.line').remove();
      renumber();
      update();
    }
  });

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  update();
})();
