// Job cards in Indeed's list structure for the fixture result lists (list-indeed.html, list-filter.html).
// indeedCards(kinds, jkOf) returns addCards(count); each kind is [title, company, snippet, answer key?]. The
// answer key goes to <li data-kind> for the tests; the extension never reads it.
function indeedCards(kinds, jkOf) {
  let n = 0;
  return function addCards(count) {
    const ul = document.getElementById('cards');
    for (let k = 0; k < count; k++, n++) {
      const [title, company, snippet, kind] = kinds[n % kinds.length];
      const jk = jkOf(n + 1);
      const li = document.createElement('li');
      if (kind) li.dataset.kind = kind;
      li.dataset.jk = jk;
      const card = document.createElement('div');
      card.className = 'cardOutline tapItem result';
      const beacon = document.createElement('div');
      beacon.className = 'job_seen_beacon';
      const h2 = document.createElement('h2');
      h2.className = 'jobTitle';
      const a = document.createElement('a');
      a.className = 'jcs-JobTitle';
      a.setAttribute('data-jk', jk);
      a.href = '/rc/clk?jk=' + jk;
      const span = document.createElement('span');
      span.title = title + ' ' + (n + 1);
      span.textContent = title + ' ' + (n + 1);
      a.append(span);
      h2.append(a);
      const loc = document.createElement('div');
      loc.className = 'company_location';
      loc.textContent = company;
      const snip = document.createElement('div');
      snip.className = 'job-snippet';
      snip.textContent = snippet;
      beacon.append(h2, loc, snip);
      card.append(beacon);
      li.append(card);
      ul.append(li);
    }
  };
}
