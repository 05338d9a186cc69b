// Modebar and interface strings the npm Dutch locale lacks; registered after it, so they are
// merged into its dictionary.
module.exports = {
  moduleType: "locale",
  name: "nl",
  dictionary: {
    "Download plot as a PNG": "Download als afbeelding (PNG)",
    "Download plot": "Download als afbeelding",
    "Share chart...": "Grafiek delen…",
    "Zoom in": "Inzoomen",
    "Zoom out": "Uitzoomen",
    "Reset axes": "Assen herstellen",
    "Reset view": "Weergave herstellen",
    "Reset": "Herstellen",
    "Pan": "Verschuiven",
    "Zoom": "Zoomen",
    "Autoscale": "Automatisch schalen",
    "Toggle Spike Lines": "Hulplijnen aan/uit",
    "Show closest data on hover": "Dichtstbijzijnde gegevens tonen",
    "Compare data on hover": "Gegevens vergelijken",
    "Toggle show closest data on hover": "Dichtstbijzijnde gegevens aan/uit",
    "Reset views": "Weergaven herstellen",
    "Preparing image - this may take a few seconds": "Afbeelding wordt gemaakt, een ogenblik…",
    "Image download succeeded": "Afbeelding opgeslagen",
    "Sorry, there was a problem downloading your image!": "Het opslaan van de afbeelding is mislukt."
  }
};
