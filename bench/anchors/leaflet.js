// Leaflet 1.9 with its CSS: a map with OpenStreetMap tiles and a marker.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';

window.anchor = (element) => {
  const map = L.map(element).setView([60.45, 22.27], 13);
  L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png').addTo(map);
  L.marker([60.45, 22.27]).addTo(map);
};
