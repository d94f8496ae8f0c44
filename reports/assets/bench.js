// Benchmark report: sort the task table by a column, filter by text or failures.
(function () {
  var table = document.getElementById('tasks');
  if (!table) return;
  var tbody = table.tBodies[0];
  var filter = document.getElementById('filter');
  var onlyFailed = document.getElementById('only-failed');
  function cellValue(row, i) {
    var cell = row.cells[i];
    var v = cell.getAttribute('data-sort');
    if (v !== null && v !== '' && !isNaN(Number(v))) return Number(v);
    return cell.textContent.trim().toLowerCase();
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
    th.addEventListener('click', function () {
      var asc = th.getAttribute('data-dir') !== 'asc';
      th.setAttribute('data-dir', asc ? 'asc' : 'desc');
      var rows = Array.prototype.slice.call(tbody.rows);
      rows.sort(function (a, b) {
        var x = cellValue(a, i),
          y = cellValue(b, i);
        return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1);
      });
      rows.forEach(function (r) {
        tbody.appendChild(r);
      });
    });
  });
  function apply() {
    var q = filter.value.trim().toLowerCase();
    Array.prototype.forEach.call(tbody.rows, function (row) {
      var hide =
        (q && row.textContent.toLowerCase().indexOf(q) < 0) ||
        (onlyFailed.checked && row.getAttribute('data-success') === 'true');
      row.classList.toggle('hidden', !!hide);
    });
  }
  filter.addEventListener('input', apply);
  onlyFailed.addEventListener('change', apply);
})();
