// Draws the dashboard's charts from the data attributes of each canvas (no inline scripts: CSP script-src 'self').
(function () {
  'use strict';
  var palette = ['#1f5f99', '#e07b00', '#2a8a4a', '#7a3e9d', '#b22222'];
  function draw(canvas) {
    var labels = JSON.parse(canvas.getAttribute('data-labels') || '[]');
    var series = JSON.parse(canvas.getAttribute('data-series') || '[]');
    var datasets = series.map(function (one, index) {
      var colour = palette[index % palette.length];
      return {
        type: one.line ? 'line' : 'bar',
        label: one.label,
        data: one.data,
        backgroundColor: colour,
        borderColor: colour,
        borderDash: one.line ? [6, 4] : [],
        pointStyle: one.line ? 'triangle' : 'rect',
        fill: false
      };
    });
    new window.Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: datasets },
      options: { responsive: true, animation: false, plugins: { legend: { position: 'bottom' } } }
    });
  }
  function init() {
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll('canvas.dashboard-chart').forEach(draw);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
