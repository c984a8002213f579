// exo-shell entry point (filled in below the foundation commit).
console.log('exo-shell');
