// Run report: the "only problems" filter. Kept tiny; the page works without it.
(function () {
  var box = document.getElementById('only-problems');
  if (!box) return;
  box.addEventListener('change', function () {
    document.body.classList.toggle('only-problems', box.checked);
  });
})();
