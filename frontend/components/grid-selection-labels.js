// Gives the checkboxes of a grid's selection column an accessible name (WCAG 2.1 A, 4.1.2 "Name, Role, Value").
// Vaadin 24.9's selection column puts aria-label="Select Row" on the <vaadin-checkbox> element, which does not
// reach the <input> inside it, so screen readers announce an unnamed checkbox (axe: "Form elements must have
// labels"). Here the column's renderers also set the checkbox's accessibleName: per row from the item's
// `gsoiaSelectionLabel` (a data generator on the server puts it there, e.g. "Select VR-2026-000123"), and for the
// header from the column's `selectAllLabel` property, both in the user's language.
customElements.whenDefined('vaadin-grid-flow-selection-column').then(() => {
  const Column = customElements.get('vaadin-grid-flow-selection-column');
  const renderHeader = Column.prototype._defaultHeaderRenderer;
  Column.prototype._defaultHeaderRenderer = function (root, column) {
    renderHeader.call(this, root, column);
    const checkbox = root.firstElementChild;
    if (checkbox) {
      checkbox.accessibleName = this.selectAllLabel || 'Select all';
    }
  };
  const renderRow = Column.prototype._defaultRenderer;
  Column.prototype._defaultRenderer = function (root, column, model) {
    renderRow.call(this, root, column, model);
    const checkbox = root.firstElementChild;
    if (checkbox) {
      checkbox.accessibleName = (model.item && model.item.gsoiaSelectionLabel) || this.selectRowLabel || 'Select row';
    }
  };
});
