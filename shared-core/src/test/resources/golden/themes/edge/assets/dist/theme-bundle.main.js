console.log("dist");
