"""Spanish pairs added on branch h14a (issue 13: the review's security findings)."""

ES = {
    "The server revoked this device. Its {count} unsent changes were saved, encrypted for "
    "the Consejo, in {path}: hand that file to the administrator. The data on this "
    "computer was erased, but {left} files were in use and could only be overwritten: "
    "they will be deleted the next time the app starts. Close the app and open it again.":
    "El servidor revocó este dispositivo. Sus {count} cambios sin enviar se guardaron, "
    "cifrados para el Consejo, en {path}: entregue ese archivo al administrador. Los datos "
    "de este computador fueron borrados, pero {left} archivos estaban en uso y solo se "
    "pudieron sobrescribir: se eliminarán la próxima vez que se abra la aplicación. "
    "Cierre la aplicación y vuelva a abrirla.",
}
