// Preloaded by the determinism test: the clock says 2031-07-01, whatever the machine says.
const RealDate = Date;
const offset = RealDate.UTC(2031, 6, 1) - RealDate.now();
class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offset);
    else super(...args);
  }
  static now() {
    return RealDate.now() + offset;
  }
}
globalThis.Date = ShiftedDate;
