// How the reader moves through the timeline: the buttons (zoom in and out, earlier, later, show all, compact), the
// keyboard when the chart has focus (+ and - zoom, arrow keys pan, Home shows all), dragging the chart sideways,
// Ctrl + wheel (or a pinch on a touchpad) and a double click to zoom around a point, and each lane's fold button.
const KEYS = {
  '+': (a) => a.zoom(0.5), '=': (a) => a.zoom(0.5), Add: (a) => a.zoom(0.5),
  '-': (a) => a.zoom(2), _: (a) => a.zoom(2), Subtract: (a) => a.zoom(2),
  ArrowLeft: (a, e) => a.pan(e.shiftKey ? -1 : -0.25), ArrowRight: (a, e) => a.pan(e.shiftKey ? 1 : 0.25),
  Home: (a) => a.reset(),
};
const BUTTONS = {
  'zoom-in': (a) => a.zoom(0.5), 'zoom-out': (a) => a.zoom(2), earlier: (a) => a.pan(-0.5), later: (a) => a.pan(0.5),
  reset: (a) => a.reset(), compact: (a) => a.toggleCompact(),
};
let bound = false;

export function bindControls(actions) {
  if (bound) return;
  bound = true;
  const box = document.getElementById('timeline');
  document.querySelector('.timeline-tools').addEventListener('click', (e) => {
    const action = e.target.closest('button[data-action]')?.dataset.action;
    if (action) BUTTONS[action](actions);
  });
  box.addEventListener('click', (e) => {
    const lane = e.target.closest('.lane-head')?.dataset.lane;
    if (lane) actions.toggleLane(lane);
  });
  box.addEventListener('keydown', (e) => {
    const key = KEYS[e.key];
    if (!key || e.ctrlKey || e.metaKey || e.altKey) return;
    e.preventDefault();
    key(actions, e);
  });
  box.addEventListener('wheel', (e) => {
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    actions.zoom(e.deltaY < 0 ? 0.8 : 1.25, actions.timeAt(e.clientX));
  }, { passive: false });
  box.addEventListener('dblclick', (e) => {
    if (!e.target.closest('.lane-head')) actions.zoom(0.5, actions.timeAt(e.clientX));
  });
  dragToPan(box, actions);
  let width = box.clientWidth;
  new ResizeObserver(() => {
    if (Math.abs(box.clientWidth - width) < 2) return;
    width = box.clientWidth;
    requestAnimationFrame(() => actions.redraw());
  }).observe(box);
}

/** Dragging the chart moves the visible range with the pointer; the address is written once, when it is let go. */
function dragToPan(box, actions) {
  let drag = null;
  box.addEventListener('pointerdown', (e) => {
    if (e.button !== 0 || e.target.closest('button')) return;
    drag = { x: e.clientX, id: e.pointerId, moved: false };
  });
  box.addEventListener('pointermove', (e) => {
    if (!drag || e.pointerId !== drag.id) return;
    const dx = e.clientX - drag.x;
    if (!drag.moved && Math.abs(dx) < 4) return;
    if (!drag.moved) try { box.setPointerCapture(e.pointerId); } catch { /* a pointer already gone */ }
    drag.moved = true;
    drag.x = e.clientX;
    actions.pan(-dx * actions.shareOfPixel(), false);
  });
  const end = () => {
    if (drag?.moved) actions.write();
    drag = null;
  };
  box.addEventListener('pointerup', end);
  box.addEventListener('pointercancel', end);
}
