/* Draws the add-in icons (assets/icon-<size>.png) at the sizes the manifest names:
 * a green disc (the park) crossed by a dark band (the border). Run: node src/scripts/generateIcons.js */
const fs = require("fs");
const path = require("path");
const { PNG } = require("pngjs");

const sizes = [16, 32, 64, 80, 128];
const green = [16, 124, 65];
const band = [30, 41, 59];

function drawIcon(size) {
  const png = new PNG({ width: size, height: size });
  const centre = (size - 1) / 2;
  const radius = size * 0.47;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const offset = (y * size + x) * 4;
      const distance = Math.hypot(x - centre, y - centre);
      const coverage = Math.max(0, Math.min(1, radius - distance + 0.5)); // soft edge
      const inBand = Math.abs(y - centre) < size * 0.12;
      const [r, g, b] = inBand ? band : green;
      png.data[offset] = r;
      png.data[offset + 1] = g;
      png.data[offset + 2] = b;
      png.data[offset + 3] = Math.round(coverage * 255);
    }
  }
  return PNG.sync.write(png);
}

const assets = path.resolve(__dirname, "../../assets");
fs.mkdirSync(assets, { recursive: true });
for (const size of sizes) fs.writeFileSync(path.join(assets, `icon-${size}.png`), drawIcon(size));
console.log(`wrote ${sizes.length} icons to ${assets}`);
