// Places the timeline's text so that no two labels overlap, measured on the rendered SVG (getBBox), in priority
// order: lane labels, axis ticks, the "today" label, then mark labels. A mark label may move above its mark; if it
// still collides, it is hidden and its text stays in the mark's tooltip. Axis ticks that would collide are dropped.
const GAP = 2;

export function placeLabels(svgRoot) {
  const placed = [];
  const fits = (box) => placed.every((p) => box.x + box.width + GAP <= p.x || p.x + p.width + GAP <= box.x
    || box.y + box.height + GAP <= p.y || p.y + p.height + GAP <= box.y);
  const take = (el) => { const b = el.getBBox(); placed.push({ x: b.x, y: b.y, width: b.width, height: b.height }); };
  svgRoot.querySelectorAll('text.lane-label').forEach(take);
  svgRoot.querySelectorAll('.axis text').forEach((t) => { if (fits(t.getBBox())) take(t); else t.remove(); });
  svgRoot.querySelectorAll('text.today-label').forEach((t) => { if (fits(t.getBBox())) take(t); else t.remove(); });
  const labels = [...svgRoot.querySelectorAll('text.mark-label')].sort((a, b) => a.getBBox().x - b.getBBox().x);
  for (const label of labels) {
    const below = label.getBBox();
    if (fits(below)) { take(label); continue; }
    const dy = -(below.height + 20);
    label.setAttribute('y', String(Number(label.getAttribute('y')) + dy));
    if (fits(label.getBBox())) { take(label); continue; }
    label.remove();
  }
}

/**
 * Groups marks of the same kind and label that sit close together on a lane ("Washington ×5"): the first keeps one
 * label with the count, the others lose theirs, and the group's tooltip lists every member.
 */
export function groupNearby(marks, x, within = 36) {
  const sorted = marks.filter((m) => m.label).sort((a, b) => x(a) - x(b));
  let group = [];
  const flush = () => {
    if (group.length > 1) {
      group[0].label = `${group[0].label} ×${group.length}`;
      group[0].title = group.map((m) => m.title).join('\n');
      group.slice(1).forEach((m) => { m.label = null; });
    }
    group = [];
  };
  for (const m of sorted) {
    if (group.length && (m.label !== group[0].label || m.kind !== group[0].kind || x(m) - x(group[0]) > within)) flush();
    group.push(m);
  }
  flush();
}
