/* Draws every .chart from its JSON option with Apache ECharts (SVG renderer), makes bars with an
   href open the figure's sentence, and writes what a test needs onto <html>: data-charts (charts
   drawn), data-errors (script errors, see the catcher in <head>), data-cjk (Chinese glyphs are real
   glyphs, not boxes) and data-ready. */
(function () {
  "use strict";
  var root = document.documentElement;
  var errors = window.__reportErrors || [];
  var fontFamily = getComputedStyle(document.body).fontFamily;

  function glyph(text) {
    var canvas = document.createElement("canvas");
    canvas.width = 48; canvas.height = 48;
    var context = canvas.getContext("2d");
    context.font = "40px " + fontFamily;
    context.textBaseline = "top";
    context.fillText(text, 4, 4);
    return { image: canvas.toDataURL(), width: context.measureText(text).width };
  }

  function cjkCheck() {
    // two different characters drawing the same picture, or a picture like an unassigned code
    // point's (.notdef, a box), mean the font has no Chinese glyphs
    var zheng = glyph("政"), xie = glyph("协"), missing = glyph("\uDBBF\uDFFD"), blank = glyph(" ");
    var ok = zheng.image !== xie.image && zheng.image !== missing.image && zheng.image !== blank.image &&
             Math.abs(zheng.width - 40) < 4;
    root.setAttribute("data-cjk", ok ? "glyphs" : "boxes");
    root.setAttribute("data-font-check", String(document.fonts.check('16px "Noto Sans CJK SC"', "政协")));
  }

  function draw() {
    var nodes = document.querySelectorAll(".chart[data-chart]");
    var drawn = 0, charts = [];
    if (typeof echarts === "undefined") {
      errors.push("echarts is not loaded");
    } else {
      nodes.forEach(function (node) {
        try {
          var option = JSON.parse(document.getElementById(node.getAttribute("data-chart")).textContent);
          option.animation = false;
          option.textStyle = { fontFamily: fontFamily };
          var chart = echarts.init(node, null, { renderer: "svg" });
          chart.setOption(option);
          chart.on("click", function (params) {
            if (params.data && params.data.href) { window.location.href = params.data.href; }
          });
          if (node.querySelector("svg")) { node.setAttribute("data-rendered", "true"); drawn += 1; }
          charts.push(chart);
        } catch (error) {
          errors.push("chart " + node.id + ": " + error);
        }
      });
      window.addEventListener("resize", function () { charts.forEach(function (c) { c.resize(); }); });
    }
    root.setAttribute("data-charts", String(drawn) + "/" + String(nodes.length));
  }

  try { cjkCheck(); } catch (error) { errors.push("cjk check: " + error); }
  draw();
  root.setAttribute("data-errors", JSON.stringify(errors));
  root.setAttribute("data-ready", "true");
})();
