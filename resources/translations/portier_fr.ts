<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../../app/cli/cli_application.cpp" line="+66"/>
        <source>Usage: %1 &lt;area&gt; &lt;verb&gt; [options]</source>
        <translation>Utilisation&#xa0;: %1 &lt;domaine&gt; &lt;verbe&gt; [options]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portier on the command line: the same state and explanations as the console, as
text for people or, with --json, as the JSON documents the console and diagnostic
bundles use. Passwords are read from standard input, never from the command line.</source>
        <translation>Portier en ligne de commande&#xa0;: le même état et les mêmes explications que la
console, en texte pour les humains ou, avec --json, sous forme des documents JSON
qu&apos;utilisent la console et les archives de diagnostic. Les mots de passe sont lus
sur l&apos;entrée standard, jamais sur la ligne de commande.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Kerberos (krb):</source>
        <translation>Kerberos (krb)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZooKeeper (zk):</source>
        <translation>ZooKeeper (zk)&#xa0;:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>ZooKeeper verbs connect with --server CONNECT_STRING and authenticate with
--digest USER (the password on standard input) or --sasl (the current Kerberos
cache).</source>
        <translation>Les verbes ZooKeeper se connectent avec --server CONNECT_STRING et
s&apos;authentifient avec --digest USER (le mot de passe sur l&apos;entrée standard) ou
--sasl (le cache Kerberos actuel).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not available yet: %1.</source>
        <translation>Pas encore disponible&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this help; &apos;%1 krb kinit --help&apos; shows a verb&apos;s options.</source>
        <translation>Affiche cette aide&#xa0;; «&#xa0;%1 krb kinit --help&#xa0;» affiche les options d&apos;un verbe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes: 0 success; 1 the check or command found problems or failed; 2 usage error;
3 could not connect to or authenticate with the server.</source>
        <translation>Codes de sortie&#xa0;: 0 succès&#xa0;; 1 la vérification ou la commande a trouvé des
problèmes ou a échoué&#xa0;; 2 erreur d&apos;utilisation&#xa0;; 3 connexion ou authentification
impossible auprès du serveur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>See &apos;%1&apos;.</source>
        <translation>Voir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the &apos;%1&apos; area is not available yet; this version has %2.</source>
        <translation>le domaine «&#xa0;%1&#xa0;» n&apos;est pas encore disponible&#xa0;; cette version propose %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; needs a verb.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite un verbe.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>unknown option &apos;%1&apos;.</source>
        <translation>option inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown area &apos;%1&apos;.</source>
        <translation>domaine inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown verb &apos;%1 %2&apos;.</source>
        <translation>verbe inconnu «&#xa0;%1 %2&#xa0;».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>missing argument: %1</source>
        <translation>argument manquant&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1 %2&apos; changes state and is refused through pkexec: as root, portier-cli only collects (zk tree, getacl, audit, snapshot, diff, 4lw). Run it as a user with the ZooKeeper credentials it needs.</source>
        <translation>«&#xa0;%1 %2&#xa0;» modifie l&apos;état et est refusé via pkexec&#xa0;: en tant que root, portier-cli ne fait que collecter (zk tree, getacl, audit, snapshot, diff, 4lw). Lancez-le en tant qu&apos;utilisateur disposant des identifiants ZooKeeper nécessaires.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1 %2&apos; changes state and is refused through pkexec: as root, portier-cli only collects (caches, keytab, test-keytab). Run it as the user whose tickets it concerns.</source>
        <translation>«&#xa0;%1 %2&#xa0;» modifie l&apos;état et est refusé via pkexec&#xa0;: en tant que root, portier-cli ne fait que collecter (caches, keytab, test-keytab). Lancez-le en tant que l&apos;utilisateur dont les tickets sont concernés.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../../backends/logs/signature_catalogue.cpp" line="+89"/>
        <source>The diagnostic catalogue %1 defines the signature &quot;%2&quot; twice.</source>
        <translation>Le catalogue de diagnostic %1 définit deux fois la signature «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The diagnostic catalogue %1 has an invalid regular expression in signature &quot;%2&quot;: &quot;%3&quot; (%4).</source>
        <translation>Le catalogue de diagnostic %1 contient une expression régulière invalide dans la signature «&#xa0;%2&#xa0;»&#xa0;: «&#xa0;%3&#xa0;» (%4).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The regular expressions of the diagnostic catalogue %1 are too large to compile.</source>
        <translation>Les expressions régulières du catalogue de diagnostic %1 sont trop volumineuses pour être compilées.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The diagnostic catalogue %1 is not valid JSON: %2 at offset %3.</source>
        <translation>Le catalogue de diagnostic %1 n&apos;est pas un JSON valide&#xa0;: %2 à la position %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The diagnostic catalogue %1 has no &quot;signatures&quot; array.</source>
        <translation>Le catalogue de diagnostic %1 ne contient pas de tableau &quot;signatures&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>entry %1 is not an object</source>
        <translation>l&apos;entrée %1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The diagnostic catalogue %1 is malformed: %2.</source>
        <translation>Le catalogue de diagnostic %1 est mal formé&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read the diagnostic catalogue %1: %2.</source>
        <translation>Impossible de lire le catalogue de diagnostic %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No diagnostic catalogue is compiled in (:/diagnostics/*.json).</source>
        <translation>Aucun catalogue de diagnostic n&apos;est intégré (:/diagnostics/*.json).</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <location filename="../../app/cli/error_report.cpp" line="+31"/>
        <source>Library message: %1</source>
        <translation>Message de la bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error code: %1</source>
        <translation>Code d&apos;erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n line(s) of evidence; run again with --trace to see them.</source>
        <translation>
            <numerusform>%n ligne d&apos;éléments de preuve&#xa0;; relancez avec --trace pour la voir.</numerusform>
            <numerusform>%n lignes d&apos;éléments de preuve&#xa0;; relancez avec --trace pour les voir.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Known problem: %1 [%2]</source>
        <translation>Problème connu&#xa0;: %1 [%2]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause: %1</source>
        <translation>Cause&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix: %1</source>
        <translation>Solution&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See: %1</source>
        <translation>Voir&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matched: %1</source>
        <translation>Correspondance&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more matching line(s)</source>
        <translation>
            <numerusform>… et %n autre ligne correspondante</numerusform>
            <numerusform>… et %n autres lignes correspondantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Evidence from %1</source>
        <translation>Éléments de preuve issus de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(lines %1-%2)</source>
        <translation>(lignes %1-%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>between %1 and %2</source>
        <translation>entre %1 et %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
</context>
<context>
    <name>Kerberos</name>
    <message>
        <location filename="../../backends/kerberos/cache_reader.cpp" line="+157"/>
        <source>The default credential cache %1 cannot be opened: %2</source>
        <translation>Le cache d&apos;identifiants par défaut %1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The cache collection cannot be listed: %1</source>
        <translation>Impossible de lister la collection de caches&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Listing the cache collection stopped early: %1</source>
        <translation>L&apos;énumération de la collection de caches s&apos;est arrêtée prématurément&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The primary cache %1 of the %2 collection is missing or empty, although the collection holds %3 other cache(s): programs that use the default cache (ssh, GSSAPI applications) will find no tickets. Make one of them primary (kswitch) or run kinit.</source>
        <translation>Le cache primaire %1 de la collection %2 est absent ou vide, alors que la collection contient %3 autre(s) cache(s)&#xa0;: les programmes qui utilisent le cache par défaut (ssh, applications GSSAPI) ne trouveront aucun ticket. Rendez l&apos;un d&apos;eux primaire (kswitch) ou lancez kinit.</translation>
    </message>
    <message>
        <location filename="../../backends/kerberos/kerberos_backend.cpp" line="+130"/>
        <source>%1 was cancelled.</source>
        <translation>Opération annulée&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>valid until %1</source>
        <translation>valable jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, renewable until %1</source>
        <translation>, renouvelable jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: the keyring collection has no primary cache, although it holds %2 other cache(s).</source>
        <translation>%1&#xa0;: la collection KEYRING n&apos;a pas de cache primaire, bien qu&apos;elle contienne %2 autre(s) cache(s).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make one of them primary with kswitch (or the Switch action), or run kinit.</source>
        <translation>Rendez l&apos;un d&apos;eux primaire avec kswitch (ou l&apos;action Rendre primaire), ou lancez kinit.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No principal was given for kinit.</source>
        <translation>Aucun principal n&apos;a été indiqué pour kinit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a principal such as alice@EXAMPLE.COM.</source>
        <translation>Saisissez un principal tel que alice@EXAMPLE.COM.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the keytab&apos;s first principal</source>
        <translation>le premier principal du keytab</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+373"/>
        <source>&quot;%1&quot; is not a valid Kerberos principal name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de principal Kerberos valide.</translation>
    </message>
    <message>
        <location line="-371"/>
        <location line="+372"/>
        <location filename="../../backends/kerberos/krb5_errors.cpp" line="+353"/>
        <source>Write it as name@REALM or name/instance@REALM.</source>
        <translation>Écrivez-le sous la forme nom@ROYAUME ou nom/instance@ROYAUME.</translation>
    </message>
    <message>
        <location line="-351"/>
        <source>ticket lifetime</source>
        <translation>durée de vie du ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>renewable lifetime</source>
        <translation>durée de renouvellement</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The %1 &quot;%2&quot; is not a valid duration.</source>
        <translation>La %1 «&#xa0;%2&#xa0;» n&apos;est pas une durée valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a krb5 duration such as 10h, 1d, 2d12h or 90m.</source>
        <translation>Utilisez une durée krb5 telle que 10h, 1d, 2d12h ou 90m.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No credential cache name was given for kinit.</source>
        <translation>Aucun nom de cache d&apos;identifiants n&apos;a été indiqué pour kinit.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create a new cache in the collection: the default cache %1 is of type %2, which is not a collection.</source>
        <translation>Impossible de créer un nouveau cache dans la collection&#xa0;: le cache par défaut %1 est de type %2, qui n&apos;est pas une collection.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collections are DIR:, KEYRING: and KCM: caches; set default_ccache_name in krb5.conf or KRB5CCNAME to one of them, or name a cache explicitly.</source>
        <translation>Les collections sont les caches DIR:, KEYRING: et KCM:&#xa0;; définissez default_ccache_name dans krb5.conf ou KRB5CCNAME sur l&apos;un d&apos;eux, ou nommez un cache explicitement.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>kinit for %1</source>
        <translation>kinit pour %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Obtained a ticket-granting ticket for %1 in %2, %3.</source>
        <translation>TGT obtenu pour %1 dans le cache %2, %3.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Could not renew the ticket in %1: it holds no ticket-granting ticket for %2.</source>
        <translation>Impossible de renouveler le ticket du cache %1&#xa0;: il ne contient aucun TGT pour %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run kinit to get one.</source>
        <translation>Lancez kinit pour en obtenir un.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not renew the ticket in %1: the ticket-granting ticket for %2 is not renewable (it was issued without a renewable lifetime); it is valid until %3.</source>
        <translation>Impossible de renouveler le ticket du cache %1&#xa0;: le TGT de %2 n&apos;est pas renouvelable (il a été émis sans durée de renouvellement)&#xa0;; il est valable jusqu&apos;au %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run kinit again, with -r to request a renewable ticket; the KDC&apos;s maximum renewable life for the principal and for krbtgt must allow it.</source>
        <translation>Relancez kinit avec -r pour demander un ticket renouvelable&#xa0;; la durée de renouvellement maximale du principal et de krbtgt sur le KDC doit le permettre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not renew the ticket in %1: the ticket-granting ticket for %2 is not renewable in practice: the KDC set its renew-till time to its start time (%3), as it does when the maximum renewable life of the principal or of krbtgt is 0.</source>
        <translation>Impossible de renouveler le ticket du cache %1&#xa0;: le TGT de %2 n&apos;est pas renouvelable en pratique&#xa0;: le KDC a fixé sa limite de renouvellement à son heure de début (%3), comme il le fait lorsque la durée de renouvellement maximale du principal ou de krbtgt vaut 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run kinit again. For renewable tickets an administrator must raise the maximum renewable life (kadmin modprinc -maxrenewlife) of the principal and of krbtgt.</source>
        <translation>Relancez kinit. Pour obtenir des tickets renouvelables, un administrateur doit augmenter la durée de renouvellement maximale (kadmin modprinc -maxrenewlife) du principal et de krbtgt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not renew the ticket in %1: the ticket-granting ticket for %2 is past its renew-till time (%3).</source>
        <translation>Impossible de renouveler le ticket du cache %1&#xa0;: le TGT de %2 a dépassé sa limite de renouvellement (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Run kinit again.</source>
        <translation>Relancez kinit.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Could not renew the ticket in %1: the ticket-granting ticket for %2 expired at %3, and an expired ticket cannot be renewed.</source>
        <translation>Impossible de renouveler le ticket du cache %1&#xa0;: le TGT de %2 a expiré le %3, et un ticket expiré ne peut pas être renouvelé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Renewing %1</source>
        <translation>renouvellement du cache %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Renewed the ticket-granting ticket for %1 in %2: %3.</source>
        <translation>TGT de %1 renouvelé dans le cache %2&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Destroying %1</source>
        <translation>destruction du cache %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Destroyed the credential cache %1 and the tickets of %2 in it.</source>
        <translation>Cache d&apos;identifiants %1 détruit, avec les tickets de %2 qu&apos;il contenait.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No credential cache was named to switch to.</source>
        <translation>Aucun cache d&apos;identifiants à rendre primaire n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (%2) is now the primary cache of its collection.</source>
        <translation>%1 (%2) est désormais le cache primaire de sa collection.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The keytab test for %1</source>
        <translation>test du keytab pour %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The keytab %1 holds a valid key for %2: the KDC issued a ticket %3. No credential cache was changed.</source>
        <translation>Le keytab %1 contient une clé valide pour %2&#xa0;: le KDC a émis un ticket %3. Aucun cache d&apos;identifiants n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listing the credential caches was cancelled.</source>
        <translation>L&apos;énumération des caches d&apos;identifiants a été annulée.</translation>
    </message>
    <message>
        <location filename="../../backends/kerberos/kerberos_checks.cpp" line="+52"/>
        <source>(never)</source>
        <translation>(jamais)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The credential for %1 has no authentication, start, end or renew time (klist shows 01/01/1970): it is a placeholder, not a usable ticket. SSSD&apos;s krb5_child writes such a placeholder TGT when a login was authenticated offline from cached credentials, i.e. SSSD could not reach a KDC at that login; it asks for a real ticket once a KDC answers again. Check `sssctl domain-status DOMAIN` (is the domain offline?) and whether the KDCs are reachable from this host, then log in again or run kinit.</source>
        <translation>Les identifiants de %1 n&apos;ont ni heure d&apos;authentification, ni heure de début, de fin ou de renouvellement (klist affiche 01/01/1970)&#xa0;: c&apos;est un substitut, pas un ticket utilisable. Le krb5_child de SSSD écrit un tel TGT de substitution lorsqu&apos;une connexion a été authentifiée hors ligne à partir d&apos;identifiants en cache, c&apos;est-à-dire quand SSSD n&apos;a pu joindre aucun KDC lors de cette connexion&#xa0;; il demande un vrai ticket dès qu&apos;un KDC répond à nouveau. Vérifiez `sssctl domain-status DOMAIN` (le domaine est-il hors ligne ?) et si les KDC sont joignables depuis cet hôte, puis reconnectez-vous ou lancez kinit.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The ticket-granting ticket %1 expired at %2; nothing can be authenticated with it. Run kinit to get a new one.</source>
        <translation>Le TGT %1 a expiré le %2&#xa0;; il ne permet plus aucune authentification. Lancez kinit pour en obtenir un nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service ticket for %1 expired at %2. It is fetched again automatically while a valid ticket-granting ticket is present.</source>
        <translation>Le ticket de service pour %1 a expiré le %2. Il est obtenu à nouveau automatiquement tant qu&apos;un TGT valide est présent.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ticket for %1 expires at %2 (in %3).</source>
        <translation>Le ticket pour %1 expire le %2 (dans %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It can be renewed with kinit -R until %1.</source>
        <translation>Il peut être renouvelé avec kinit -R jusqu&apos;au %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It cannot be renewed further: run kinit before then.</source>
        <translation>Il ne peut plus être renouvelé&#xa0;: lancez kinit avant cette échéance.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It is a postdated ticket; once valid it must be validated with kinit -v before use.</source>
        <translation>C&apos;est un ticket postdaté&#xa0;; une fois valable, il doit être validé avec kinit -v avant utilisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was not requested as postdated, so this host&apos;s clock is probably behind the KDC&apos;s: check time synchronisation.</source>
        <translation>Il n&apos;a pas été demandé comme postdaté&#xa0;: l&apos;horloge de cet hôte retarde donc probablement sur celle du KDC&#xa0;; vérifiez la synchronisation de l&apos;heure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ticket for %1 is not valid before %2.</source>
        <translation>Le ticket pour %1 n&apos;est pas valable avant le %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The ticket for %1 was renewable only until %2; kinit -R will fail. Run kinit for a new ticket.</source>
        <translation>Le ticket pour %1 n&apos;était renouvelable que jusqu&apos;au %2&#xa0;; kinit -R échouera. Lancez kinit pour obtenir un nouveau ticket.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The ticket for %1 uses a weak encryption type (session key %2, ticket %3). RFC 8429 deprecates DES, triple DES and RC4; give the accounts AES keys and remove the weak types from the KDC and krb5.conf.</source>
        <translation>Le ticket pour %1 utilise un type de chiffrement faible (clé de session %2, ticket %3). La RFC 8429 déprécie DES, triple DES et RC4&#xa0;; donnez des clés AES aux comptes et retirez les types faibles du KDC et de krb5.conf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This ticket-granting ticket is not renewable in practice: the KDC set its renew-till time to its start time (%1), as it does when the maximum renewable life of the principal or of krbtgt is 0. After %2 kinit must be run again.</source>
        <translation>Ce TGT n&apos;est pas renouvelable en pratique&#xa0;: le KDC a fixé sa limite de renouvellement à son heure de début (%1), comme il le fait lorsque la durée de renouvellement maximale du principal ou de krbtgt vaut 0. Après le %2, il faudra relancer kinit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This ticket-granting ticket is not renewable: after %1 kinit must be run again. Request a renewable ticket with kinit -r if the KDC policy allows it.</source>
        <translation>Ce TGT n&apos;est pas renouvelable&#xa0;: après le %1, il faudra relancer kinit. Demandez un ticket renouvelable avec kinit -r si la politique du KDC le permet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The cache %1 is initialised for %2 but holds no tickets. Run kinit to get one, or kdestroy to remove the cache.</source>
        <translation>Le cache %1 est initialisé pour %2 mais ne contient aucun ticket. Lancez kinit pour en obtenir un, ou kdestroy pour supprimer le cache.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cache %1 holds tickets for %2 but no ticket-granting ticket for its realm, so no new service tickets can be obtained from it. Run kinit to get one.</source>
        <translation>Le cache %1 contient des tickets pour %2 mais aucun TGT pour son royaume&#xa0;: il ne permet donc pas d&apos;obtenir de nouveaux tickets de service. Lancez kinit pour en obtenir un.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Key version %1 of %2 (%3) is older than version %4 in the same keytab. Old keys are kept so that tickets issued before a key change still decrypt; remove them (ktutil delent) once those tickets have expired.</source>
        <translation>La version de clé %1 de %2 (%3) est plus ancienne que la version %4 du même keytab. Les anciennes clés sont conservées pour que les tickets émis avant un changement de clé restent déchiffrables&#xa0;; supprimez-les (ktutil delent) une fois ces tickets expirés.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is a weak encryption type (RFC 8429 deprecates DES, triple DES and RC4). Make sure the account has AES keys, then remove this key from the keytab.</source>
        <translation>%1 est un type de chiffrement faible (la RFC 8429 déprécie DES, triple DES et RC4). Assurez-vous que le compte dispose de clés AES, puis retirez cette clé du keytab.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This entry repeats %1 kvno %2 (%3), which appears earlier in the keytab; libkrb5 uses the first one. Duplicates usually come from running ktadd or adcli twice; remove one with ktutil.</source>
        <translation>Cette entrée répète %1 kvno %2 (%3), qui figure plus haut dans le keytab&#xa0;; libkrb5 utilise la première. Les doublons proviennent généralement d&apos;un ktadd ou d&apos;un adcli exécuté deux fois&#xa0;; supprimez-en un avec ktutil.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keytab %1 holds no keys.</source>
        <translation>Le keytab %1 ne contient aucune clé.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n key(s) in this keytab use weak encryption types.</source>
        <translation>
            <numerusform>%n clé de ce keytab utilise un type de chiffrement faible.</numerusform>
            <numerusform>%n clés de ce keytab utilisent des types de chiffrement faibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n entry(ies) in this keytab are duplicates.</source>
        <translation>
            <numerusform>%n entrée de ce keytab est un doublon.</numerusform>
            <numerusform>%n entrées de ce keytab sont des doublons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n key(s) in this keytab belong to older key versions.</source>
        <translation>
            <numerusform>%n clé de ce keytab appartient à une version de clé plus ancienne.</numerusform>
            <numerusform>%n clés de ce keytab appartiennent à des versions de clé plus anciennes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>encrypted timestamp (PA-ENC-TIMESTAMP, password)</source>
        <translation>horodatage chiffré (PA-ENC-TIMESTAMP, mot de passe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password salt (PA-PW-SALT)</source>
        <translation>sel du mot de passe (PA-PW-SALT)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PKINIT, old draft (smart card or certificate)</source>
        <translation>PKINIT, ancien brouillon (carte à puce ou certificat)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PKINIT (smart card or certificate)</source>
        <translation>PKINIT (carte à puce ou certificat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAST cookie</source>
        <translation>cookie FAST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAST armored request</source>
        <translation>requête blindée FAST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted challenge (FAST, password)</source>
        <translation>défi chiffré (FAST, mot de passe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OTP (one-time password)</source>
        <translation>OTP (mot de passe à usage unique)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PAC request</source>
        <translation>demande de PAC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPAKE (password, resistant to offline dictionary attacks)</source>
        <translation>SPAKE (mot de passe, résistant aux attaques par dictionnaire hors ligne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>preauthentication type %1</source>
        <translation>type de pré-authentification %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preauthentication mechanism used for this principal (unreadable value).</source>
        <translation>Mécanisme de pré-authentification utilisé pour ce principal (valeur illisible).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The KDC accepted preauthentication type %1, %2, when these credentials were obtained; libkrb5 tries it first next time.</source>
        <translation>Le KDC a accepté le type de pré-authentification %1, %2, lors de l&apos;obtention de ces identifiants&#xa0;; libkrb5 l&apos;essaiera en premier la prochaine fois.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The KDC offered FAST (armored preauthentication) when these credentials were obtained, so requests armored with this cache can use FAST.</source>
        <translation>Le KDC a proposé FAST (pré-authentification blindée) lors de l&apos;obtention de ces identifiants&#xa0;: les requêtes blindées avec ce cache peuvent donc utiliser FAST.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When GSSAPI refreshes these credentials from the client keytab (unreadable value).</source>
        <translation>Moment où GSSAPI renouvelle ces identifiants à partir du keytab client (valeur illisible).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GSSAPI (gss_acquire_cred) refreshes these credentials from the client keytab after %1.</source>
        <translation>GSSAPI (gss_acquire_cred) renouvelle ces identifiants à partir du keytab client après le %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These credentials were obtained by %1 on behalf of the user (S4U2Self impersonation); GSSAPI uses them for constrained delegation (S4U2Proxy).</source>
        <translation>Ces identifiants ont été obtenus par %1 pour le compte de l&apos;utilisateur (emprunt d&apos;identité S4U2Self)&#xa0;; GSSAPI les utilise pour la délégation contrainte (S4U2Proxy).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The realm the initial ticket came from (%1); libkrb5 looks for the TGT there when the client principal&apos;s realm differs, e.g. after a referral.</source>
        <translation>Le royaume d&apos;où provient le ticket initial (%1)&#xa0;; libkrb5 y cherche le TGT lorsque le royaume du principal client est différent, par exemple après une redirection (referral).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preauthentication state saved by a preauth mechanism (e.g. the SPAKE group or OTP token choice) for the next request.</source>
        <translation>État de pré-authentification enregistré par un mécanisme de pré-authentification (par exemple le groupe SPAKE ou le choix du jeton OTP) pour la requête suivante.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../backends/kerberos/keytab_reader.cpp" line="+104"/>
        <source>The keytab %1 does not exist.</source>
        <translation>Le keytab %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path; the default keytab is set by default_keytab_name in krb5.conf or KRB5_KTNAME.</source>
        <translation>Vérifiez le chemin&#xa0;; le keytab par défaut est défini par default_keytab_name dans krb5.conf ou par KRB5_KTNAME.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a directory, not a keytab file.</source>
        <translation>%1 est un répertoire, pas un fichier keytab.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keytab %1 cannot be read without privilege: it belongs to %2 (group %3) with mode %4.</source>
        <translation>Le keytab %1 ne peut pas être lu sans privilèges&#xa0;: il appartient à %2 (groupe %3) avec le mode %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keytab %1 cannot be reached without privilege: a directory on its path is not accessible.</source>
        <translation>Le keytab %1 n&apos;est pas accessible sans privilèges&#xa0;: un répertoire de son chemin n&apos;est pas accessible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keytabs hold service keys and are readable by root only, as they should be. To list it, run `portier-cli krb keytab %1` through pkexec or sudo; do not loosen its permissions.</source>
        <translation>Les keytabs contiennent des clés de service et ne sont lisibles que par root, comme il se doit. Pour le lister, lancez `portier-cli krb keytab %1` via pkexec ou sudo&#xa0;; n&apos;assouplissez pas ses permissions.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keytab %1 cannot be read: %2.</source>
        <translation>Impossible de lire le keytab %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../backends/kerberos/keytab_reader.cpp" line="+3"/>
        <source>%1 is not a keytab: it does not start with a keytab format version libkrb5 knows.</source>
        <translation>%1 n&apos;est pas un keytab&#xa0;: il ne commence pas par une version de format de keytab connue de libkrb5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the path names a keytab (klist -k FILE) and recreate the keytab if it was damaged.</source>
        <translation>Vérifiez que le chemin désigne bien un keytab (klist -k FICHIER) et recréez le keytab s&apos;il a été endommagé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Listing the keytab %1 was cancelled.</source>
        <translation>L&apos;énumération du keytab %1 a été annulée.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The keytab %1 is malformed after %n entry(ies): libkrb5 cannot read the next one.</source>
        <translation>
            <numerusform>Le keytab %1 est mal formé après %n entrée&#xa0;: libkrb5 ne peut pas lire la suivante.</numerusform>
            <numerusform>Le keytab %1 est mal formé après %n entrées&#xa0;: libkrb5 ne peut pas lire la suivante.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recreate the keytab (kadmin ktadd, adcli update, net ads keytab create); keep the damaged file until the new one works.</source>
        <translation>Recréez le keytab (kadmin ktadd, adcli update, net ads keytab create)&#xa0;; conservez le fichier endommagé jusqu&apos;à ce que le nouveau fonctionne.</translation>
    </message>
    <message>
        <location filename="../../backends/kerberos/krb5_errors.cpp" line="-245"/>
        <source>Could not get a ticket for %1</source>
        <translation>Impossible d&apos;obtenir un ticket pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not get a ticket for %1 from the keytab</source>
        <translation>Impossible d&apos;obtenir un ticket pour %1 à partir du keytab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not renew the ticket in %1</source>
        <translation>Impossible de renouveler le ticket du cache %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not destroy the credential cache %1</source>
        <translation>Impossible de détruire le cache d&apos;identifiants %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not make %1 the primary credential cache</source>
        <translation>Impossible de faire de %1 le cache d&apos;identifiants primaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keytab test for %1 failed</source>
        <translation>Le test du keytab pour %1 a échoué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not read the credential cache %1</source>
        <translation>Impossible de lire le cache d&apos;identifiants %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not read the keytab %1</source>
        <translation>Impossible de lire le keytab %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1: libkrb5 could not load its configuration (%2).</source>
        <translation>%1&#xa0;: libkrb5 n&apos;a pas pu charger sa configuration (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that krb5.conf (or the files KRB5_CONFIG names) exists, is readable by this user and has no syntax errors.</source>
        <translation>Vérifiez que krb5.conf (ou les fichiers désignés par KRB5_CONFIG) existe, est lisible par cet utilisateur et ne contient pas d&apos;erreur de syntaxe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the realm</source>
        <translation>le royaume</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cancelled.</source>
        <translation>%1&#xa0;: annulé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: this credential cache type does not support it.</source>
        <translation>%1&#xa0;: ce type de cache d&apos;identifiants ne le permet pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only collection caches (DIR:, KEYRING:, KCM:) have a primary cache; for a FILE: cache set KRB5CCNAME instead.</source>
        <translation>Seuls les caches de collection (DIR:, KEYRING:, KCM:) ont un cache primaire&#xa0;; pour un cache FILE:, définissez plutôt KRB5CCNAME.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: permission denied.</source>
        <translation>%1&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file belongs to another user or has restrictive permissions; read it as its owner, or run `portier-cli` through pkexec or sudo.</source>
        <translation>Le fichier appartient à un autre utilisateur ou a des permissions restrictives&#xa0;; lisez-le en tant que son propriétaire, ou lancez `portier-cli` via pkexec ou sudo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the file is damaged or is not in a format libkrb5 understands.</source>
        <translation>%1&#xa0;: le fichier est endommagé ou n&apos;est pas dans un format compris par libkrb5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recreate it (kinit for a cache; ktadd, adcli update or net ads keytab for a keytab).</source>
        <translation>Recréez-le (kinit pour un cache&#xa0;; ktadd, adcli update ou net ads keytab pour un keytab).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no KDC for %1 answered</source>
        <translation>aucun KDC n&apos;a répondu pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the KDCs listed for %1 in krb5.conf or in DNS SRV records are up and reachable on port 88 (UDP and TCP); the trace shows which addresses were tried.</source>
        <translation>Vérifiez que les KDC indiqués pour %1 dans krb5.conf ou dans les enregistrements DNS SRV sont démarrés et joignables sur le port 88 (UDP et TCP)&#xa0;; la trace indique les adresses essayées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>libkrb5 does not know where the KDCs of %1 are</source>
        <translation>libkrb5 ne sait pas où trouver les KDC pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the realm name (usually upper case). Add a [realms] entry with kdc lines to krb5.conf, or enable dns_lookup_kdc and publish _kerberos SRV records.</source>
        <translation>Vérifiez le nom du royaume (généralement en majuscules). Ajoutez une entrée [realms] avec des lignes kdc à krb5.conf, ou activez dns_lookup_kdc et publiez les enregistrements SRV _kerberos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the clocks of this host and the KDC differ by more than the allowed skew</source>
        <translation>les horloges de cet hôte et du KDC diffèrent de plus que le décalage autorisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronise the clock (chronyc tracking, timedatectl) with the domain&apos;s time source, then try again.</source>
        <translation>Synchronisez l&apos;horloge (chronyc tracking, timedatectl) avec la source de temps du domaine, puis réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the key in the keytab does not match the KDC&apos;s key</source>
        <translation>la clé du keytab ne correspond pas à celle du KDC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password or key version changed on the KDC: extract a fresh keytab (kadmin ktadd, adcli update) and compare kvnos with klist -k.</source>
        <translation>Le mot de passe ou la version de clé a changé sur le KDC&#xa0;: extrayez un nouveau keytab (kadmin ktadd, adcli update) et comparez les kvno avec klist -k.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the password is incorrect</source>
        <translation>le mot de passe est incorrect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the password and keyboard layout. Repeated failures can lock the account.</source>
        <translation>Vérifiez le mot de passe et la disposition du clavier. Des échecs répétés peuvent verrouiller le compte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the KDC does not know this principal</source>
        <translation>le KDC ne connaît pas ce principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling and the realm (realm names are case-sensitive).</source>
        <translation>Vérifiez l&apos;orthographe et le royaume (les noms de royaume sont sensibles à la casse).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the KDC does not know the service principal</source>
        <translation>le KDC ne connaît pas le principal de service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the service name and host name; the trace names the principal that was requested.</source>
        <translation>Vérifiez le nom du service et le nom d&apos;hôte&#xa0;; la trace indique le principal demandé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the password has expired</source>
        <translation>le mot de passe a expiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change it with kpasswd %1 (or at an interactive login), then try again.</source>
        <translation>Changez-le avec kpasswd %1 (ou lors d&apos;une connexion interactive), puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the KDC refuses tickets for this account: it is disabled, locked out or expired</source>
        <translation>le KDC refuse les tickets pour ce compte&#xa0;: il est désactivé, verrouillé ou expiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask an administrator to check the account (kadmin getprinc; in AD the account and lockout status).</source>
        <translation>Demandez à un administrateur de vérifier le compte (kadmin getprinc&#xa0;; dans AD, le compte et son état de verrouillage).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the client and the KDC have no encryption type in common</source>
        <translation>le client et le KDC n&apos;ont aucun type de chiffrement en commun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check permitted_enctypes and default_tkt_enctypes in krb5.conf and the keys the account has on the KDC.</source>
        <translation>Vérifiez permitted_enctypes et default_tkt_enctypes dans krb5.conf ainsi que les clés du compte sur le KDC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the keytab holds no key for this principal with the needed key version and encryption type</source>
        <translation>le keytab ne contient aucune clé pour ce principal avec la version de clé et le type de chiffrement requis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the keytab (klist -k -t -e) and compare with the KDC&apos;s kvno; extract a fresh keytab if the key changed.</source>
        <translation>Listez le keytab (klist -k -t -e) et comparez avec le kvno du KDC&#xa0;; extrayez un nouveau keytab si la clé a changé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the credential cache does not exist or holds no credentials</source>
        <translation>le cache d&apos;identifiants n&apos;existe pas ou ne contient aucun identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run kinit first.</source>
        <translation>Lancez d&apos;abord kinit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the ticket has expired</source>
        <translation>le ticket a expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run kinit to get a new ticket.</source>
        <translation>Lancez kinit pour obtenir un nouveau ticket.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the KDC refused to renew the ticket (it is not renewable or past its renew-till time)</source>
        <translation>le KDC a refusé de renouveler le ticket (il n&apos;est pas renouvelable ou a dépassé sa limite de renouvellement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run kinit again; use kinit -r to request a renewable ticket.</source>
        <translation>Relancez kinit&#xa0;; utilisez kinit -r pour demander un ticket renouvelable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the principal name is malformed</source>
        <translation>le nom du principal est mal formé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the lifetime is not a valid duration</source>
        <translation>la durée de vie n&apos;est pas une durée valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a krb5 duration such as 10h, 1d or 2d12h.</source>
        <translation>Utilisez une durée krb5 telle que 10h, 1d ou 2d12h.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the keyring collection has no primary cache</source>
        <translation>la collection KEYRING n&apos;a pas de cache primaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to one of the collection&apos;s caches (kswitch) or run kinit.</source>
        <translation>Basculez vers l&apos;un des caches de la collection (kswitch) ou lancez kinit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>libkrb5 error %1</source>
        <translation>erreur libkrb5 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>KerberosFormat</name>
    <message>
        <location filename="../../models/kerberos_format.cpp" line="+17"/>
        <source>under a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+4"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expired %1 ago</source>
        <translation>expiré il y a %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ended %1 ago</source>
        <translation>terminé il y a %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>forwardable: may be forwarded to another host (kinit -f)</source>
        <translation>transférable&#xa0;: peut être transféré vers un autre hôte (kinit -f)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forwarded: this ticket was forwarded from another host</source>
        <translation>transféré&#xa0;: ce ticket a été transféré depuis un autre hôte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proxiable: proxy tickets may be issued from it (kinit -p)</source>
        <translation>proxiable&#xa0;: des tickets proxy peuvent être émis à partir de celui-ci (kinit -p)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proxy: this ticket is a proxy ticket</source>
        <translation>proxy&#xa0;: ce ticket est un ticket proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may-postdate: postdated tickets may be issued from it</source>
        <translation>may-postdate&#xa0;: des tickets postdatés peuvent être émis à partir de celui-ci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>postdated: valid only from its start time on</source>
        <translation>postdaté&#xa0;: valable seulement à partir de son heure de début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid: must be validated by the KDC before use (kinit -v)</source>
        <translation>invalide&#xa0;: doit être validé par le KDC avant utilisation (kinit -v)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>renewable: can be renewed until its renew-till time (kinit -R)</source>
        <translation>renouvelable&#xa0;: peut être renouvelé jusqu&apos;à sa limite de renouvellement (kinit -R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>initial: issued by the AS exchange, not from a ticket-granting ticket</source>
        <translation>initial&#xa0;: émis par l&apos;échange AS, et non à partir d&apos;un TGT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hardware authentication: a hardware device was used to obtain it</source>
        <translation>authentification matérielle&#xa0;: un dispositif matériel a servi à l&apos;obtenir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pre-authenticated: the client proved its identity before the KDC answered</source>
        <translation>pré-authentifié&#xa0;: le client a prouvé son identité avant la réponse du KDC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transit policy checked: the KDC checked the realms it crossed</source>
        <translation>politique de transit vérifiée&#xa0;: le KDC a vérifié les royaumes traversés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ok-as-delegate: the realm trusts the service with delegated credentials</source>
        <translation>ok-as-delegate&#xa0;: le royaume autorise la délégation d&apos;identifiants à ce service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anonymous: issued to the anonymous principal</source>
        <translation>anonyme&#xa0;: émis pour le principal anonyme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No ticket flags set.</source>
        <translation>Aucun indicateur de ticket n&apos;est positionné.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1  unknown flag</source>
        <translation>%1  indicateur inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../../backends/core/secret_store.cpp" line="+33"/>
        <source>Could not read the secret %1 from the keychain</source>
        <translation>Impossible de lire le secret %1 dans le trousseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not store the secret %1 in the keychain</source>
        <translation>Impossible d&apos;enregistrer le secret %1 dans le trousseau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not remove the secret %1 from the keychain</source>
        <translation>Impossible de supprimer le secret %1 du trousseau</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no secret %1 in the keychain.</source>
        <translation>Le trousseau ne contient aucun secret %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the password again; it will be stored in the keychain.</source>
        <translation>Saisissez à nouveau le mot de passe&#xa0;; il sera enregistré dans le trousseau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no keychain is available (neither the Secret Service nor KWallet answers on the session bus).</source>
        <translation>%1&#xa0;: aucun trousseau n&apos;est disponible (ni le Secret Service ni KWallet ne répondent sur le bus de session).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start GNOME Keyring or KWallet in the desktop session. Portier never stores passwords in plain files.</source>
        <translation>Démarrez GNOME Keyring ou KWallet dans la session de bureau. Portier n&apos;enregistre jamais de mots de passe dans des fichiers en clair.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the keychain denied access; it may be locked.</source>
        <translation>%1&#xa0;: le trousseau a refusé l&apos;accès&#xa0;; il est peut-être verrouillé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the keyring (e.g. with Seahorse or KWalletManager) and try again.</source>
        <translation>Déverrouillez le trousseau (p. ex. avec Seahorse ou KWalletManager) et réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: access to the keychain was declined.</source>
        <translation>%1&#xa0;: l&apos;accès au trousseau a été décliné.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow Portier to use the keychain when the desktop asks, or enter the password each time.</source>
        <translation>Autorisez Portier à utiliser le trousseau lorsque le bureau le demande, ou saisissez le mot de passe à chaque fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the keychain could not delete it.</source>
        <translation>%1&#xa0;: le trousseau n&apos;a pas pu le supprimer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the keyring is unlocked and try again.</source>
        <translation>Vérifiez que le trousseau est déverrouillé et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the keychain of this platform cannot do this.</source>
        <translation>%1&#xa0;: le trousseau de cette plateforme ne permet pas cette opération.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the keyring is unlocked and that the Secret Service (GNOME Keyring or KWallet) is running.</source>
        <translation>Vérifiez que le trousseau est déverrouillé et que le Secret Service (GNOME Keyring ou KWallet) est en cours d&apos;exécution.</translation>
    </message>
</context>
<context>
    <name>KrbCommand</name>
    <message>
        <location filename="../../app/cli/krb_command.cpp" line="+35"/>
        <source>Print JSON: the documents the Portier console and diagnostic bundles use.</source>
        <translation>Affiche du JSON&#xa0;: les documents qu&apos;utilisent la console Portier et les archives de diagnostic.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the libkrb5 trace of the action, also when it succeeds.</source>
        <translation>Affiche la trace libkrb5 de l&apos;action, même en cas de succès.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The operation was cancelled before it produced a result.</source>
        <translation>L&apos;opération a été annulée avant de produire un résultat.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>List the credential cache collection, like klist -A -f -e.</source>
        <translation>Liste la collection de caches d&apos;identifiants, comme klist -A -f -e.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists every credential cache of the collection (KRB5CCNAME or krb5.conf) with its tickets, flags, enctypes and configuration entries, and explains what is wrong: expired or soon expiring tickets, caches without a ticket-granting ticket, weak enctypes. Exit code 0 when the collection could be read, 1 when not.</source>
        <translation>Liste chaque cache d&apos;identifiants de la collection (KRB5CCNAME ou krb5.conf) avec ses tickets, indicateurs, enctypes et entrées de configuration, et explique ce qui ne va pas&#xa0;: tickets expirés ou bientôt expirés, caches sans TGT, enctypes faibles. Code de sortie 0 si la collection a pu être lue, 1 sinon.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>List a keytab&apos;s entries, like klist -k -t -e (never the keys).</source>
        <translation>Liste les entrées d&apos;un keytab, comme klist -k -t -e (jamais les clés).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the principal, key version number, enctype and timestamp of every entry of the keytab PATH (default: the keytab libkrb5 uses, usually /etc/krb5.keytab), with warnings about old key versions, weak enctypes and duplicates. Keys are never read out. Exit code 0 when the keytab could be read, 1 when not.</source>
        <translation>Liste le principal, le numéro de version de clé, l&apos;enctype et l&apos;horodatage de chaque entrée du keytab PATH (par défaut&#xa0;: le keytab qu&apos;utilise libkrb5, généralement /etc/krb5.keytab), avec des avertissements sur les anciennes versions de clé, les enctypes faibles et les doublons. Les clés ne sont jamais lues. Code de sortie 0 si le keytab a pu être lu, 1 sinon.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Obtain a ticket-granting ticket, from a password or a keytab.</source>
        <translation>Obtient un TGT, à partir d&apos;un mot de passe ou d&apos;un keytab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtains initial credentials for PRINCIPAL. The password is read from standard input (without echo on a terminal), never from the command line. On failure the message says why and what to do, with the known problems that match the library trace. Exit code 3 when the KDC cannot be reached or refuses the credentials (wrong password, unknown or disabled principal, expired password, clock skew).</source>
        <translation>Obtient les identifiants initiaux de PRINCIPAL. Le mot de passe est lu sur l&apos;entrée standard (sans écho sur un terminal), jamais sur la ligne de commande. En cas d&apos;échec, le message explique pourquoi et que faire, avec les problèmes connus qui correspondent à la trace de la bibliothèque. Code de sortie 3 si le KDC est injoignable ou refuse les identifiants (mot de passe erroné, principal inconnu ou désactivé, mot de passe expiré, décalage d&apos;horloge).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the password from standard input (the first line). This is the default on a terminal.</source>
        <translation>Lit le mot de passe sur l&apos;entrée standard (la première ligne). C&apos;est le comportement par défaut sur un terminal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the key in keytab PATH instead of a password.</source>
        <translation>Utilise la clé du keytab PATH au lieu d&apos;un mot de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested ticket lifetime, e.g. 10h, 1d, 30m.</source>
        <translation>Durée de vie demandée pour le ticket, p. ex. 10h, 1d, 30m.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request a renewable ticket, renewable for L.</source>
        <translation>Demande un ticket renouvelable pendant L.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request a forwardable ticket.</source>
        <translation>Demande un ticket transférable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request a proxiable ticket.</source>
        <translation>Demande un ticket proxiable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the ticket in cache NAME instead of the default cache.</source>
        <translation>Stocke le ticket dans le cache NAME au lieu du cache par défaut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the ticket in a new cache of the collection (DIR, KEYRING and KCM collections).</source>
        <translation>Stocke le ticket dans un nouveau cache de la collection (collections DIR, KEYRING et KCM).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Renew the ticket-granting ticket of a cache, like kinit -R.</source>
        <translation>Renouvelle le TGT d&apos;un cache, comme kinit -R.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renews the ticket-granting ticket in cache NAME (default: the default cache). Fails with exit code 1 when the ticket is not renewable or past its renew-until time.</source>
        <translation>Renouvelle le TGT du cache NAME (par défaut&#xa0;: le cache par défaut). Échoue avec le code de sortie 1 si le ticket n&apos;est pas renouvelable ou a dépassé sa limite de renouvellement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache to renew.</source>
        <translation>Le cache à renouveler.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Destroy a credential cache, like kdestroy.</source>
        <translation>Détruit un cache d&apos;identifiants, comme kdestroy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroys cache NAME (default: the default cache) and the tickets in it.</source>
        <translation>Détruit le cache NAME (par défaut&#xa0;: le cache par défaut) et les tickets qu&apos;il contient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache to destroy.</source>
        <translation>Le cache à détruire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make a cache the primary cache of its collection, like kswitch.</source>
        <translation>Fait d&apos;un cache le cache primaire de sa collection, comme kswitch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes cache NAME the primary cache of its collection, so that programs use its tickets by default. NAME is a full cache name as `krb caches` prints it.</source>
        <translation>Fait du cache NAME le cache primaire de sa collection, pour que les programmes utilisent ses tickets par défaut. NAME est un nom de cache complet tel que l&apos;affiche `krb caches`.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check that a keytab can obtain a ticket, without touching your caches.</source>
        <translation>Vérifie qu&apos;un keytab permet d&apos;obtenir un ticket, sans toucher à vos caches.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtains a ticket with the key for principal P (default: the keytab&apos;s first principal) from keytab PATH (default: the keytab libkrb5 uses) into a memory cache that is thrown away. Exit code 1 when the keytab has no usable key, 3 when the KDC cannot be reached or rejects the key (for example after a password change on the domain controller left the keytab behind).</source>
        <translation>Obtient un ticket avec la clé du principal P (par défaut&#xa0;: le premier principal du keytab) à partir du keytab PATH (par défaut&#xa0;: le keytab qu&apos;utilise libkrb5) dans un cache mémoire jetable. Code de sortie 1 si le keytab ne contient aucune clé utilisable, 3 si le KDC est injoignable ou rejette la clé (par exemple quand un changement de mot de passe sur le contrôleur de domaine a laissé le keytab en retard).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The principal whose key to test.</source>
        <translation>Le principal dont la clé doit être testée.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown verb &apos;%1&apos;.</source>
        <translation>Verbe inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--password-stdin and --keytab exclude each other: the ticket comes either from a password or from a keytab.</source>
        <translation>--password-stdin et --keytab s&apos;excluent mutuellement&#xa0;: le ticket provient soit d&apos;un mot de passe, soit d&apos;un keytab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--cache and --new-cache exclude each other.</source>
        <translation>--cache et --new-cache s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>kinit needs the password on standard input (--password-stdin) or a keytab (--keytab PATH). A password is never taken from the command line.</source>
        <translation>kinit a besoin du mot de passe sur l&apos;entrée standard (--password-stdin) ou d&apos;un keytab (--keytab PATH). Un mot de passe n&apos;est jamais pris sur la ligne de commande.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>See &apos;portier-cli krb %1 --help&apos;.</source>
        <translation>Voir «&#xa0;portier-cli krb %1 --help&#xa0;».</translation>
    </message>
</context>
<context>
    <name>KrbReport</name>
    <message>
        <location filename="../../app/cli/krb_report.cpp" line="+26"/>
        <source>forwardable</source>
        <translation>transférable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forwarded</source>
        <translation>transféré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proxiable</source>
        <translation>proxiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proxy</source>
        <translation>proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may be postdated</source>
        <translation>peut être postdaté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postdated</source>
        <translation>postdaté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>renewable</source>
        <translation>renouvelable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>initial</source>
        <translation>initial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hardware authenticated</source>
        <translation>authentifié par matériel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preauthenticated</source>
        <translation>pré-authentifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transit policy checked</source>
        <translation>politique de transit vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok as delegate</source>
        <translation>délégation autorisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enctypes: session %1, ticket %2</source>
        <translation>Enctypes&#xa0;: session %1, ticket %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Valid for another %1.</source>
        <translation>Encore valable pendant %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired %1 ago.</source>
        <translation>Expiré depuis %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renewable for another %1.</source>
        <translation>Encore renouvelable pendant %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer renewable.</source>
        <translation>Plus renouvelable.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+132"/>
        <source>Cache: %1</source>
        <translation>Cache&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>(primary)</source>
        <translation>(primaire)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default principal: none (the cache is not initialised)</source>
        <translation>Principal par défaut&#xa0;: aucun (le cache n&apos;est pas initialisé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default principal: %1</source>
        <translation>Principal par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read this cache:</source>
        <translation>Impossible de lire ce cache&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid starting</source>
        <translation>Début de validité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew until</source>
        <translation>Fin de renouvellement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service principal</source>
        <translation>Principal de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(for %1)</source>
        <translation>(pour %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No tickets.</source>
        <translation>Aucun ticket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Configuration entries:</source>
        <translation>Entrées de configuration&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Default cache: %1</source>
        <translation>Cache par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No credential caches. Obtain a ticket with: portier-cli krb kinit PRINCIPAL</source>
        <translation>Aucun cache d&apos;identifiants. Obtenez un ticket avec&#xa0;: portier-cli krb kinit PRINCIPAL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Flags: %1</source>
        <translation>Indicateurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keytab: %1</source>
        <translation>Keytab&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keytab has no entries.</source>
        <translation>Le keytab ne contient aucune entrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KVNO</source>
        <translation>KVNO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Timestamp</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enctype</source>
        <translation>Enctype</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Equivalent command: %1</source>
        <translation>Commande équivalente&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PasswordReader</name>
    <message>
        <location filename="../../app/cli/password_reader.cpp" line="+117"/>
        <source>Could not read the password from standard input: %1.</source>
        <translation>Impossible de lire le mot de passe sur l&apos;entrée standard&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The password on standard input is longer than %1 bytes.</source>
        <translation>Le mot de passe fourni sur l&apos;entrée standard dépasse %1 octets.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No password on standard input. Pipe it in, e.g. from a password manager; never put it on the command line.</source>
        <translation>Aucun mot de passe sur l&apos;entrée standard. Transmettez-le par un tube, par exemple depuis un gestionnaire de mots de passe&#xa0;; ne le mettez jamais sur la ligne de commande.</translation>
    </message>
</context>
<context>
    <name>Portier::AclEditorWidget</name>
    <message>
        <location filename="../../ui/zookeeper/acl_editor_widget.cpp" line="+50"/>
        <source>Reload &amp;Theirs</source>
        <translation>Recharger la &amp;leur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-apply &amp;Mine</source>
        <translation>Réappliquer la &amp;mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply ACL</source>
        <translation>&amp;Appliquer l&apos;ACL</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What zkCli would run to set this ACL, with the ACL version read (-v): it fails if someone changed the ACL meanwhile</source>
        <translation>Ce que zkCli exécuterait pour définir cette ACL, avec la version d&apos;ACL lue (-v)&#xa0;: la commande échoue si quelqu&apos;un a modifié l&apos;ACL entre-temps</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Drop your edits and show the ACL now on the server</source>
        <translation>Abandonner vos modifications et afficher l&apos;ACL actuellement présente sur le serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yours:</source>
        <translation>La vôtre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the server:</source>
        <translation>Sur le serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read the node&apos;s ACL again; unapplied edits are dropped</source>
        <translation>Relire l&apos;ACL du nœud&#xa0;; les modifications non appliquées sont abandonnées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Equivalent command:</source>
        <translation>Commande équivalente&#xa0;:</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Could not read the ACL of %1: %2</source>
        <translation>Impossible de lire l&apos;ACL de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the ACL of %1</source>
        <translation>Lire l’ACL de %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The ACL of %1 was not changed: %2</source>
        <translation>L&apos;ACL de %1 n&apos;a pas été modifiée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This session has no identity besides world:anyone.</source>
        <translation>Cette session n&apos;a aucune identité hormis world:anyone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session&apos;s identities: %1.</source>
        <translation>Identités de cette session&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock Yourself Out?</source>
        <translation>Vous bloquer l&apos;accès&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After this change, none of this session&apos;s identities keeps the ADMIN permission on %1.

You will no longer be able to change this node&apos;s ACL; only a super user can (or an identity the new ACL grants ADMIN).

%2</source>
        <translation>Après cette modification, aucune des identités de cette session ne conserve la permission ADMIN sur %1.

Vous ne pourrez plus modifier l&apos;ACL de ce nœud&#xa0;; seul un super-utilisateur le pourra (ou une identité à laquelle la nouvelle ACL accorde ADMIN).

%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply and Lose ADMIN</source>
        <translation>Appliquer et perdre ADMIN</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ACL of %1 was not changed.</source>
        <translation>L&apos;ACL de %1 n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The ACL of %1 was set (ACL version %2).</source>
        <translation>L&apos;ACL de %1 a été définie (version d&apos;ACL %2).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Set the ACL of %1</source>
        <translation>Définir l’ACL de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not set the ACL of %1: %2</source>
        <translation>Impossible de définir l&apos;ACL de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Someone changed the ACL of %1 after it was read (ACL version %2, now %3). Nothing was overwritten: compare both versions and choose.</source>
        <translation>Quelqu&apos;un a modifié l&apos;ACL de %1 après sa lecture (version d&apos;ACL %2, désormais %3). Rien n&apos;a été écrasé&#xa0;: comparez les deux versions et choisissez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Someone changed the ACL of %1 after it was read; nothing was overwritten, and reading the new ACL failed: %2</source>
        <translation>Quelqu&apos;un a modifié l&apos;ACL de %1 après sa lecture&#xa0;; rien n&apos;a été écrasé, et la lecture de la nouvelle ACL a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The ACL on the server changed while you were editing. Reload theirs (your edits are dropped), or re-apply yours on their ACL version %1 (their change is replaced).</source>
        <translation>L&apos;ACL sur le serveur a changé pendant que vous la modifiiez. Rechargez la leur (vos modifications sont abandonnées), ou réappliquez la vôtre sur leur version d&apos;ACL %1 (leur modification est remplacée).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re-apply &amp;Mine on Version %1</source>
        <translation>Réappliquer la &amp;mienne sur la version %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No node selected.</source>
        <translation>Aucun nœud sélectionné.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — reading the ACL…</source>
        <translation>%1 — lecture de l&apos;ACL…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — ACL version %2</source>
        <translation>%1 — version d&apos;ACL %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This session is read-only: the ACL is shown, not changed.</source>
        <translation>Cette session est en lecture seule&#xa0;: l&apos;ACL est affichée, mais ne peut pas être modifiée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set this ACL on %1 if its ACL version is still %2</source>
        <translation>Définir cette ACL sur %1 si sa version d&apos;ACL est toujours %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZooKeeper refuses an empty ACL: add at least one entry.</source>
        <translation>ZooKeeper refuse une ACL vide&#xa0;: ajoutez au moins une entrée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session is not connected.</source>
        <translation>La session n&apos;est pas connectée.</translation>
    </message>
</context>
<context>
    <name>Portier::AclTableEditor</name>
    <message>
        <location filename="../../ui/zookeeper/acl_table_editor.cpp" line="+117"/>
        <source>&amp;Add Entry</source>
        <translation>&amp;Ajouter une entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an ACL entry</source>
        <translation>Ajouter une entrée d&apos;ACL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move Entry</source>
        <translation>S&amp;upprimer l&apos;entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected ACL entries</source>
        <translation>Supprimer les entrées d&apos;ACL sélectionnées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Presets</source>
        <translation>&amp;Préréglages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the table with a common ACL or a component&apos;s recommended ACL</source>
        <translation>Remplir le tableau avec une ACL courante ou l&apos;ACL recommandée pour un composant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>World-readable, service-writable…</source>
        <translation>Lisible par tous, modifiable par le service…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>world:anyone:r plus full rights for one service principal</source>
        <translation>world:anyone:r plus tous les droits pour un principal de service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service only…</source>
        <translation>Service uniquement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full rights for one service principal, nothing for anyone else</source>
        <translation>Tous les droits pour un principal de service, aucun pour les autres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Component Profiles</source>
        <translation>Profils de composants</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. sasl:kafka:cdrwa,world:anyone:r</source>
        <translation>p. ex. sasl:kafka:cdrwa,world:anyone:r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole ACL in zkCli syntax: scheme:id:perms entries separated by commas. Edit or paste, then press Enter.</source>
        <translation>L&apos;ACL complète en syntaxe zkCli&#xa0;: entrées scheme:id:perms séparées par des virgules. Modifiez-la ou collez-la, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use Text</source>
        <translation>Utiliser le texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the table with the ACL typed as text</source>
        <translation>Remplacer le tableau par l&apos;ACL saisie sous forme de texte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used once to compute the digest id; never stored</source>
        <translation>Sert une seule fois à calculer l&apos;id digest&#xa0;; jamais enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Generate Digest Id</source>
        <translation>&amp;Générer l&apos;id digest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compute user:base64(sha1(user:password)) as ZooKeeper&apos;s digest provider stores it, and put it in the selected digest entry or a new one</source>
        <translation>Calculer user:base64(sha1(user:password)) tel que le stocke le fournisseur digest de ZooKeeper, et le placer dans l&apos;entrée digest sélectionnée ou dans une nouvelle entrée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>digest id</source>
        <translation>id digest</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As &amp;text:</source>
        <translation>En &amp;texte&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Digest:</source>
        <translation>&amp;Digest&#xa0;:</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Service Only</source>
        <translation>Service uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>World-Readable, Service-Writable</source>
        <translation>Lisible par tous, modifiable par le service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service principal that gets full rights (e.g. kafka, or sasl:kafka/broker1.example.com@EXAMPLE.COM, or digest:user:hash):</source>
        <translation>Principal de service qui reçoit tous les droits (p. ex. kafka, ou sasl:kafka/broker1.example.com@EXAMPLE.COM, ou digest:user:hash)&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No component profiles are available</source>
        <translation>Aucun profil de composant n&apos;est disponible</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (secured): %2</source>
        <translation>%1 (sécurisé)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (unsecured): %2</source>
        <translation>%1 (non sécurisé)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Portier::AclTableModel</name>
    <message>
        <location filename="../../models/zookeeper/acl_table_model.cpp" line="+151"/>
        <source>The server hid this digest entry&apos;s password hash (shown as x) because this session lacks the ADMIN permission on the node. Writing it back would lock the user out; connect with an identity that has ADMIN to edit this ACL.</source>
        <translation>Le serveur a masqué l’empreinte du mot de passe de cette entrée digest (affichée x), car cette session n’a pas la permission ADMIN sur le nœud. La réécrire bloquerait l’accès de l’utilisateur&#xa0;; connectez-vous avec une identité qui a ADMIN pour modifier cette ACL.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The ACL has no entry. ZooKeeper refuses an empty ACL: add at least one entry.</source>
        <translation>L&apos;ACL ne contient aucune entrée. ZooKeeper refuse une ACL vide&#xa0;: ajoutez au moins une entrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1 (%2): %3</source>
        <translation>Ligne %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Expands to the session&apos;s identities, but this session has none: the server will refuse it (add a digest identity or use SASL).</source>
        <translation>Remplacée par les identités de la session, mais cette session n&apos;en a aucune&#xa0;: le serveur la refusera (ajoutez une identité digest ou utilisez SASL).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expands to the session&apos;s identities when applied: %1</source>
        <translation>Remplacée par les identités de la session lors de l&apos;application&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone, authenticated or not</source>
        <translation>N&apos;importe qui, authentifié ou non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User %1 authenticated with a password (addauth digest)</source>
        <translation>Utilisateur %1 authentifié par mot de passe (addauth digest)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clients connecting from %1</source>
        <translation>Clients se connectant depuis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kerberos (SASL) principal %1</source>
        <translation>Principal Kerberos (SASL) %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients presenting a certificate with this subject</source>
        <translation>Clients présentant un certificat ayant ce sujet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The super user configured on the server</source>
        <translation>Le super-utilisateur configuré sur le serveur</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Create: may create children</source>
        <translation>Création&#xa0;: peut créer des enfants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete: may delete children</source>
        <translation>Suppression&#xa0;: peut supprimer des enfants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read: may read the data and list the children</source>
        <translation>Lecture&#xa0;: peut lire les données et lister les enfants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write: may set the data</source>
        <translation>Écriture&#xa0;: peut définir les données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin: may change the ACL</source>
        <translation>Administration&#xa0;: peut modifier l&apos;ACL</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Scheme</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>c</source>
        <comment>ZooKeeper permission letter: create</comment>
        <translation>c</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>d</source>
        <comment>ZooKeeper permission letter: delete</comment>
        <translation>d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>r</source>
        <comment>ZooKeeper permission letter: read</comment>
        <translation>r</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>w</source>
        <comment>ZooKeeper permission letter: write</comment>
        <translation>w</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a</source>
        <comment>ZooKeeper permission letter: admin</comment>
        <translation>a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create children</source>
        <translation>Créer des enfants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete children</source>
        <translation>Supprimer des enfants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read data and list children</source>
        <translation>Lire les données et lister les enfants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set data</source>
        <translation>Définir les données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the ACL</source>
        <translation>Modifier l&apos;ACL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The permissions in zkCli&apos;s cdrwa notation</source>
        <translation>Les permissions dans la notation cdrwa de zkCli</translation>
    </message>
</context>
<context>
    <name>Portier::AuditWidget</name>
    <message>
        <location filename="../../ui/zookeeper/audit_widget.cpp" line="+62"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Run Audit</source>
        <translation>&amp;Lancer l&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Fix…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Node</source>
        <translation>&amp;Afficher le nœud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The subtree to audit</source>
        <translation>Le sous-arbre à auditer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kerberos-secured cluster</source>
        <translation>Cluster sécurisé par Kerberos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsecured cluster</source>
        <translation>Cluster non sécurisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which of the profiles&apos; expected ACLs to check against</source>
        <translation>Les ACL attendues des profils à utiliser comme référence</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no single recommendation</source>
        <translation>pas de recommandation unique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the zkCli command</source>
        <translation>Copier la commande zkCli</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+463"/>
        <source>Set the recommended ACL on the selected findings&apos; nodes, through a dry run, a journal and a confirmation</source>
        <translation>Appliquer l&apos;ACL recommandée aux nœuds des constats sélectionnés, avec simulation, journal et confirmation</translation>
    </message>
    <message>
        <location line="-458"/>
        <source>S&amp;ubtree:</source>
        <translation>So&amp;us-arbre&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fix command:</source>
        <translation>Commande de correction&#xa0;:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The audit was cancelled.</source>
        <translation>L&apos;audit a été annulé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run the audit to see which components use this ensemble.</source>
        <translation>Lancez l&apos;audit pour voir quels composants utilisent cet ensemble.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The subtree must be an absolute path such as /kafka.</source>
        <translation>Le sous-arbre doit être un chemin absolu tel que /kafka.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the ACLs under %1…</source>
        <translation>Lecture des ACL sous %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not audit %1: %2</source>
        <translation>Impossible d&apos;auditer %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>The scan did not finish (%1): the findings cover only the %n node(s) read. Run the audit again for a complete report.</source>
        <translation>
            <numerusform>L&apos;analyse n&apos;a pas abouti (%1)&#xa0;: les constats ne portent que sur %n nœud lu. Relancez l&apos;audit pour obtenir un rapport complet.</numerusform>
            <numerusform>L&apos;analyse n&apos;a pas abouti (%1)&#xa0;: les constats ne portent que sur les %n nœuds lus. Relancez l&apos;audit pour obtenir un rapport complet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No known component found.</source>
        <translation>Aucun composant connu détecté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components found: %1.</source>
        <translation>Composants détectés&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n node(s) scanned, </source>
        <translation>
            <numerusform>%n nœud analysé, </numerusform>
            <numerusform>%n nœuds analysés, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n constat.</numerusform>
            <numerusform>%n constats.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&lt;p&gt;Select a finding to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un constat pour en voir les détails.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rule:</source>
        <translation>Règle&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Component:</source>
        <translation>Composant&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile rule:</source>
        <translation>Règle du profil&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current ACL:</source>
        <translation>ACL actuelle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended ACL:</source>
        <translation>ACL recommandée&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The fix covers the node&apos;s subtree (setAcl -R): descendants governed by the same rule get the recommended ACL too.</source>
        <translation>La correction couvre le sous-arbre du nœud (setAcl -R)&#xa0;: les descendants régis par la même règle reçoivent aussi l&apos;ACL recommandée.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n finding(s) selected; Fix… applies every recommendation among them.</source>
        <translation>
            <numerusform>%n constat sélectionné&#xa0;; Corriger… applique sa recommandation.</numerusform>
            <numerusform>%n constats sélectionnés&#xa0;; Corriger… applique chacune de leurs recommandations.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The selected findings have no single recommended ACL: change them in the ACL editor.</source>
        <translation>Les constats sélectionnés n&apos;ont pas d&apos;ACL recommandée unique&#xa0;: modifiez-les dans l&apos;éditeur d&apos;ACL.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run Again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fix was applied. Run the audit again to see the result.</source>
        <translation>La correction a été appliquée. Relancez l&apos;audit pour voir le résultat.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export Audit as JSON</source>
        <translation>Exporter l&apos;audit en JSON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Audit as HTML</source>
        <translation>Exporter l&apos;audit en HTML</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML pages (*.html)</source>
        <translation>Pages HTML (*.html)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not write the audit report to %1.</source>
        <translation>Impossible d&apos;écrire le rapport d&apos;audit dans %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder you can write to.</source>
        <translation>Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audit report was written to %1.</source>
        <translation>Le rapport d&apos;audit a été écrit dans %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the audit report %1</source>
        <translation>Écrire le rapport d’audit %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This session is read-only.</source>
        <translation>Cette session est en lecture seule.</translation>
    </message>
</context>
<context>
    <name>Portier::BannerWidget</name>
    <message>
        <location filename="../../ui/banner_widget.cpp" line="+23"/>
        <source>Show Evidence</source>
        <translation>Afficher les preuves</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The log lines, the library&apos;s message and the known problems that match them</source>
        <translation>Les lignes de journal, le message de la bibliothèque et les problèmes connus qui y correspondent</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Evidence: %1</source>
        <translation>Preuves&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Portier::ConnectionDialog</name>
    <message>
        <location filename="../../ui/zookeeper/connection_dialog.cpp" line="+48"/>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Read-only: offer no write action, allow read-only servers</source>
        <translation>&amp;Lecture seule&#xa0;: ne proposer aucune action d&apos;écriture, autoriser les serveurs en lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;one</source>
        <translation>&amp;Aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Digest (user and password)</source>
        <translation>&amp;Digest (utilisateur et mot de passe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kerberos (SASL GSSAPI)</source>
        <translation>&amp;Kerberos (SASL GSSAPI)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add User</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove User</source>
        <translation>Retirer l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The current Kerberos &amp;cache</source>
        <translation>Le &amp;cache Kerberos actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ke&amp;ytab</source>
        <translation>Un ke&amp;ytab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ZooKeeper Connections</source>
        <translation>Connexions ZooKeeper</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Saved connections</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>e.g. Kafka production</source>
        <translation>p. ex. Kafka de production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zk1:2181,zk2:2181,zk3:2181/kafka</source>
        <translation>zk1:2181,zk2:2181,zk3:2181/kafka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ensemble as host:port pairs separated by commas, optionally followed by a chroot path that every path of the session is relative to.</source>
        <translation>L&apos;ensemble sous forme de paires hôte:port séparées par des virgules, éventuellement suivies d&apos;un chemin chroot auquel tous les chemins de la session sont relatifs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server negotiates the session timeout into its own bounds (by default 2 to 20 ticks of 2 s).</source>
        <translation>Le serveur ramène le délai d&apos;expiration de session dans ses propres bornes (par défaut 2 à 20 ticks de 2 s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kerberos is not available: %1</source>
        <translation>Kerberos n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The session is anonymous: it sees what world:anyone and ip ACL entries allow.</source>
        <translation>La session est anonyme&#xa0;: elle voit ce que permettent les entrées d&apos;ACL world:anyone et ip.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each identity is added to the session (addauth digest). Passwords are kept in the system keychain only.</source>
        <translation>Chaque identité est ajoutée à la session (addauth digest). Les mots de passe sont conservés uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the host of the first server</source>
        <translation>l&apos;hôte du premier serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host part of the server&apos;s principal, zookeeper/&lt;host&gt;@REALM: the name in the server&apos;s keytab, not necessarily the name you connect to.</source>
        <translation>La partie hôte du principal du serveur, zookeeper/&lt;hôte&gt;@ROYAUME&#xa0;: le nom figurant dans le keytab du serveur, pas nécessairement le nom auquel vous vous connectez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default (KRB5CCNAME)</source>
        <translation>par défaut (KRB5CCNAME)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zkadmin@EXAMPLE.COM</source>
        <translation>zkadmin@EXAMPLE.COM</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Service:</source>
        <translation>Service&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server host:</source>
        <translation>Hôte du serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials:</source>
        <translation>Identifiants&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache:</source>
        <translation>Cache&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keytab:</source>
        <translation>Keytab&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal:</source>
        <translation>Principal&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose Keytab</source>
        <translation>Choisir un keytab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keytabs (*.keytab *.kt)</source>
        <translation>Keytabs (*.keytab *.kt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect &amp;string:</source>
        <translation>C&amp;haîne de connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session &amp;timeout:</source>
        <translation>Délai d&apos;e&amp;xpiration de session&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>stored in the keychain; type to replace</source>
        <translation>enregistré dans le trousseau&#xa0;; saisissez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Type the password of the digest user %1: it is stored in the keychain, not in the profile.</source>
        <translation>Saisissez le mot de passe de l&apos;utilisateur digest %1&#xa0;: il est enregistré dans le trousseau, pas dans le profil.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved %1.</source>
        <translation>Connexion «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The password of %1 could not be stored in the keychain, so it is used for this connection only: %2</source>
        <translation>Le mot de passe de %1 n&apos;a pas pu être enregistré dans le trousseau&#xa0;; il n&apos;est donc utilisé que pour cette connexion&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Removed %1.</source>
        <translation>Connexion «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
</context>
<context>
    <name>Portier::ConnectionTab</name>
    <message>
        <location filename="../../ui/zookeeper/connection_tab.cpp" line="+69"/>
        <source>Reconnect</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show Client Log</source>
        <translation>Afficher le journal du client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ZooKeeper client log of this session.</source>
        <translation>Le journal du client ZooKeeper de cette session.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client log</source>
        <translation>Journal du client</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+748"/>
        <source>Delete Recursively…</source>
        <translation>Supprimer récursivement…</translation>
    </message>
    <message>
        <location line="-675"/>
        <source>Filter loaded znodes by path</source>
        <translation>Filtrer les znodes chargés par chemin</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+548"/>
        <source>Shows the loaded znodes whose path matches, with the way to them. To search znodes that are not loaded, use Search.</source>
        <translation>Affiche les znodes chargés dont le chemin correspond, avec les nœuds qui y mènent. Pour rechercher des znodes qui ne sont pas chargés, utilisez l&apos;onglet Recherche.</translation>
    </message>
    <message>
        <location line="-546"/>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Tree</source>
        <translation>Arborescence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not list the children of %1: %2</source>
        <translation>Impossible de lister les enfants de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+47"/>
        <source>Connect to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Reconnect to %1</source>
        <translation>Se reconnecter à %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+108"/>
        <source>Disconnected from %1.</source>
        <translation>Déconnecté de %1.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Connected to %1 (session %2).</source>
        <translation>Connecté à %1 (session %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+46"/>
        <source>Connected to a read-only server of %1: it is cut off from its quorum. Write actions are off until it is back.</source>
        <translation>Connecté à un serveur de %1 en lecture seule&#xa0;: il est coupé de son quorum. Les actions d&apos;écriture sont désactivées jusqu&apos;à son retour.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The connection to %1 was lost; the client is reconnecting. Requests wait until it is back, within the session timeout.</source>
        <translation>La connexion à %1 a été perdue&#xa0;; le client se reconnecte. Les requêtes attendent son rétablissement, dans la limite du délai d&apos;expiration de session.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The servers of %1 rejected this session&apos;s credentials.</source>
        <translation>Les serveurs de %1 ont rejeté les identifiants de cette session.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that you hold a Kerberos ticket (klist), that the service and host name match the server&apos;s principal, and see the client log below.</source>
        <translation>Vérifiez que vous disposez d&apos;un ticket Kerberos (klist), que le service et le nom d&apos;hôte correspondent au principal du serveur, et consultez le journal du client ci-dessous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the user names and passwords of the connection, and see the client log below.</source>
        <translation>Vérifiez les noms d&apos;utilisateur et les mots de passe de la connexion, et consultez le journal du client ci-dessous.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Authenticate to %1</source>
        <translation>S&apos;authentifier auprès de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The read-only session with %1 ended: a session opened on a read-only server does not carry over once a read-write server answers. Reconnect opens a new session, read-write if the quorum is back.</source>
        <translation>La session en lecture seule avec %1 a pris fin&#xa0;: une session ouverte sur un serveur en lecture seule ne se transmet pas à un serveur en lecture-écriture. L&apos;action Se reconnecter ouvre une nouvelle session, en lecture-écriture si le quorum est rétabli.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The session with %1 expired: the servers did not hear from it within its timeout and dropped it, with its ephemeral znodes and watches. Reconnect opens a new session.</source>
        <translation>La session avec %1 a expiré&#xa0;: les serveurs sont restés sans nouvelles d&apos;elle au-delà de son délai d&apos;expiration et l&apos;ont abandonnée, avec ses znodes éphémères et ses watches. L&apos;action Se reconnecter ouvre une nouvelle session.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If the ensemble has lost its quorum, a server in read-only mode accepts only new sessions: Reconnect opens one there.</source>
        <translation>Si l&apos;ensemble a perdu son quorum, un serveur en mode lecture seule n&apos;accepte que de nouvelles sessions&#xa0;: l&apos;action Se reconnecter en ouvre une sur ce serveur.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The client log is below.</source>
        <translation>Le journal du client figure ci-dessous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: %2</source>
        <translation>Échec de l&apos;action «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Refreshed %1 expanded znode(s) of %2.</source>
        <translation>Znodes dépliés actualisés dans %2&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the children of %1: %2 of %3</source>
        <translation>Chargement des enfants de %1&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Not an absolute znode path.</source>
        <translation>Ce n&apos;est pas un chemin de znode absolu.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+1"/>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not shown.</source>
        <translation>%1 n&apos;est pas affiché.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy Path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search Below…</source>
        <translation>Rechercher en dessous…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Znode…</source>
        <translation>Nouveau znode…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+60"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Change ACL Recursively…</source>
        <translation>Modifier l&apos;ACL récursivement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Snapshot / Compare…</source>
        <translation>Exporter un instantané / Comparer…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied %1.</source>
        <translation>Copié&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Created %1.</source>
        <translation>Créé&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete the znode %1?</source>
        <translation>Supprimer le znode %1&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>It has %n child(ren): ZooKeeper deletes only empty znodes. Use Delete Recursively to delete it with everything below it.</source>
        <translation>
            <numerusform>Il a %n enfant&#xa0;: ZooKeeper ne supprime que les znodes vides. Utilisez Supprimer récursivement pour le supprimer avec tout ce qui se trouve en dessous.</numerusform>
            <numerusform>Il a %n enfants&#xa0;: ZooKeeper ne supprime que les znodes vides. Utilisez Supprimer récursivement pour le supprimer avec tout ce qui se trouve en dessous.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete Znode</source>
        <translation>Supprimer le znode</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted %1.</source>
        <translation>Supprimé&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not delete %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Deleted %n znode(s) below and including %1.</source>
        <translation>
            <numerusform>%n znode supprimé&#xa0;: %1 et ce qui se trouve en dessous.</numerusform>
            <numerusform>%n znodes supprimés&#xa0;: %1 et tout ce qui se trouve en dessous.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portier::CreateNodeDialog</name>
    <message>
        <location filename="../../ui/zookeeper/create_node_dialog.cpp" line="+52"/>
        <source>New Znode</source>
        <translation>Nouveau znode</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>name (no &apos;/&apos;)</source>
        <translation>nom (sans «&#xa0;/&#xa0;»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persistent</source>
        <translation>Persistant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ephemeral (deleted when this session ends)</source>
        <translation>Éphémère (supprimé à la fin de cette session)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persistent sequential (name gets a counter suffix)</source>
        <translation>Persistant séquentiel (un compteur est ajouté en suffixe au nom)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ephemeral sequential</source>
        <translation>Éphémère séquentiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container (deleted by the server once its last child is gone)</source>
        <translation>Conteneur (supprimé par le serveur dès que son dernier enfant a disparu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>data as UTF-8 text (may be empty)</source>
        <translation>données en texte UTF-8 (peuvent être vides)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same as the parent</source>
        <translation>Identique à celle du parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open to everybody (world:anyone:cdrwa)</source>
        <translation>Ouverte à tous (world:anyone:cdrwa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>World-readable, this session&apos;s identities may change it</source>
        <translation>Lisible par tous, modifiable par les identités de cette session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session&apos;s identities only (auth::cdrwa)</source>
        <translation>Identités de cette session uniquement (auth::cdrwa)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zkCli syntax, e.g. sasl:kafka:cdrwa,world:anyone:r</source>
        <translation>syntaxe zkCli, p. ex. sasl:kafka:cdrwa,world:anyone:r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheme:id:permissions entries separated by commas. auth:: stands for every identity this session authenticated with.</source>
        <translation>Entrées scheme:id:permissions séparées par des virgules. auth:: représente chacune des identités avec lesquelles cette session s&apos;est authentifiée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parent:</source>
        <translation>Parent&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data:</source>
        <translation>&amp;Données&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ACL:</source>
        <translation>&amp;ACL&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zkCli:</source>
        <translation>zkCli&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(reading the parent&apos;s ACL…)</source>
        <translation>(lecture de l&apos;ACL du parent…)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ACL of %1 could not be read (%2): choose a preset or type an ACL.</source>
        <translation>L&apos;ACL de %1 n&apos;a pas pu être lue (%2)&#xa0;: choisissez un préréglage ou saisissez une ACL.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Waiting for the parent&apos;s ACL.</source>
        <translation>En attente de l&apos;ACL du parent.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type a name for the new znode.</source>
        <translation>Saisissez un nom pour le nouveau znode.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A znode name cannot contain &apos;/&apos;: create the parents one by one.</source>
        <translation>Un nom de znode ne peut pas contenir «&#xa0;/&#xa0;»&#xa0;: créez les parents un par un.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;.&quot; and &quot;..&quot; are not allowed as znode names.</source>
        <translation>«&#xa0;.&#xa0;» et «&#xa0;..&#xa0;» ne sont pas autorisés comme noms de znode.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>An empty ACL is refused by ZooKeeper.</source>
        <translation>ZooKeeper refuse une ACL vide.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Creating %1…</source>
        <translation>Création de %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Portier::CredentialCacheModel</name>
    <message numerus="yes">
        <location filename="../../models/credential_cache_model.cpp" line="+53"/>
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n autre)</numerusform>
            <numerusform>%1 (+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No validity times</source>
        <translation>Aucune période de validité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry carries no start or end time.</source>
        <translation>L&apos;entrée ne comporte ni heure de début ni heure de fin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired at %1.</source>
        <translation>Expiré le %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet valid</source>
        <translation>Pas encore valable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdated: valid from %1.</source>
        <translation>Postdaté&#xa0;: valable à partir du %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expires soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires at %1.</source>
        <translation>Expire le %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid</source>
        <translation>Valable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid for another %1.</source>
        <translation>Encore valable pendant %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not initialised</source>
        <translation>Non initialisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache exists but holds no default principal.</source>
        <translation>Le cache existe mais ne contient aucun principal par défaut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ticket-granting ticket</source>
        <translation>Aucun TGT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache holds no krbtgt ticket for %1: new service tickets cannot be obtained from it. Run kinit again.</source>
        <translation>Le cache ne contient aucun ticket krbtgt pour %1&#xa0;: il ne permet pas d&apos;obtenir de nouveaux tickets de service. Relancez kinit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in: %1</source>
        <translation>Stocké dans&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary cache of the collection</source>
        <translation>Cache primaire de la collection</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+426"/>
        <source>Ticket-granting ticket: %1</source>
        <translation>TGT&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no principal)</source>
        <translation>(aucun principal)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The cache has no default principal: it was created but never filled.</source>
        <translation>Le cache n&apos;a pas de principal par défaut&#xa0;: il a été créé mais jamais rempli.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default principal of the cache: %1</source>
        <translation>Principal par défaut du cache&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client: %1</source>
        <translation>Client&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Ticket size: %n byte(s)</source>
        <translation>
            <numerusform>Taille du ticket&#xa0;: %n octet</numerusform>
            <numerusform>Taille du ticket&#xa0;: %n octets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No start time.</source>
        <translation>Pas d&apos;heure de début.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from %1</source>
        <translation>Valable à partir du %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authenticated at %1</source>
        <translation>Authentifié le %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No end time.</source>
        <translation>Pas d&apos;heure de fin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired at %1</source>
        <translation>Expiré le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires at %1</source>
        <translation>Expire le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not renewable: run kinit again when it expires.</source>
        <translation>Non renouvelable&#xa0;: relancez kinit à son expiration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could be renewed until %1</source>
        <translation>Aurait pu être renouvelé jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewable until %1</source>
        <translation>Renouvelable jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session key: %1
Ticket: %2</source>
        <translation>Clé de session&#xa0;: %1
Ticket&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DES, RC4 and 3DES are deprecated (RFC 6649, RFC 8429): configure AES keys for this principal.</source>
        <translation>DES, RC4 et 3DES sont dépréciés (RFC 6649, RFC 8429)&#xa0;: configurez des clés AES pour ce principal.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Configuration (%n)</source>
        <translation>
            <numerusform>Configuration (%n)</numerusform>
            <numerusform>Configuration (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cache configuration entries (X-CACHECONF:): settings libkrb5 stores beside the tickets, such as the preauthentication type used. They are not tickets.</source>
        <translation>Entrées de configuration du cache (X-CACHECONF:)&#xa0;: des paramètres que libkrb5 stocke à côté des tickets, comme le type de pré-authentification utilisé. Ce ne sont pas des tickets.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored as %1</source>
        <translation>Stocké sous %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cache / Server</source>
        <translation>Cache / Serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Principal / Client</source>
        <translation>Principal / Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <translation>Début de validité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renew until</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enctypes</source>
        <translation>Enctypes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Credential cache name, or the service principal a ticket is for</source>
        <translation>Nom du cache d&apos;identifiants, ou principal de service auquel un ticket est destiné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache&apos;s default principal, or the client principal of a ticket</source>
        <translation>Principal par défaut du cache, ou principal client d&apos;un ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the ticket became valid (hover for the exact time)</source>
        <translation>Début de validité du ticket (survolez pour l&apos;heure exacte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the ticket expires (hover for the exact time)</source>
        <translation>Expiration du ticket (survolez pour l&apos;heure exacte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until when the ticket can be renewed with kinit -R</source>
        <translation>Date jusqu&apos;à laquelle le ticket peut être renouvelé avec kinit -R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket flags as klist -f prints them (hover a ticket for their meaning)</source>
        <translation>Indicateurs du ticket tels que les affiche klist -f (survolez un ticket pour leur signification)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption types: session key / ticket</source>
        <translation>Types de chiffrement&#xa0;: clé de session / ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validity and problems found</source>
        <translation>Validité et problèmes détectés</translation>
    </message>
</context>
<context>
    <name>Portier::KerberosCommand</name>
    <message>
        <location filename="../../ui/kerberos_command.cpp" line="+34"/>
        <source>Getting a ticket for %1 from the keytab…</source>
        <translation>Obtention d&apos;un ticket pour %1 à partir du keytab…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting a ticket for %1…</source>
        <translation>Obtention d&apos;un ticket pour %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Get ticket</source>
        <translation>Obtenir un ticket</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Renew</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Renewing the tickets in %1…</source>
        <translation>Renouvellement des tickets du cache %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Destroy</source>
        <translation>Détruire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destroying %1…</source>
        <translation>Destruction du cache %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make primary</source>
        <translation>Rendre primaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Making %1 the primary cache…</source>
        <translation>Passage de %1 en cache primaire…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the first principal</source>
        <translation>le premier principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test keytab</source>
        <translation>Tester le keytab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Testing %1 with %2…</source>
        <translation>Test de %1 avec %2…</translation>
    </message>
</context>
<context>
    <name>Portier::KerberosPane</name>
    <message>
        <location filename="../../ui/kerberos_pane.cpp" line="+110"/>
        <location line="+72"/>
        <source>Kerberos</source>
        <translation>Kerberos</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the credential cache collection again</source>
        <translation>Relire la collection de caches d&apos;identifiants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Get Ticket…</source>
        <translation>&amp;Obtenir un ticket…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtain a ticket-granting ticket with a password or a keytab (kinit)</source>
        <translation>Obtenir un TGT avec un mot de passe ou un keytab (kinit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;new</source>
        <translation>Re&amp;nouveler</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+588"/>
        <source>Renew the selected cache&apos;s ticket-granting ticket (kinit -R)</source>
        <translation>Renouveler le TGT du cache sélectionné (kinit -R)</translation>
    </message>
    <message>
        <location line="-587"/>
        <source>&amp;Destroy</source>
        <translation>&amp;Détruire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroy the selected credential cache (kdestroy)</source>
        <translation>Détruire le cache d&apos;identifiants sélectionné (kdestroy)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make &amp;Primary</source>
        <translation>Rendre &amp;primaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+592"/>
        <source>Make the selected cache the collection&apos;s primary cache (kswitch)</source>
        <translation>Faire du cache sélectionné le cache primaire de la collection (kswitch)</translation>
    </message>
    <message>
        <location line="-590"/>
        <source>&amp;Open Keytab…</source>
        <translation>Ou&amp;vrir un keytab…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the entries of a keytab file</source>
        <translation>Lister les entrées d&apos;un fichier keytab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test Keytab</source>
        <translation>&amp;Tester le keytab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtain a ticket from the keytab into a throw-away memory cache: proves the keys match the KDC&apos;s</source>
        <translation>Obtenir un ticket à partir du keytab dans un cache mémoire jetable&#xa0;: prouve que les clés correspondent à celles du KDC</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Filter by principal or cache name</source>
        <translation>Filtrer par principal ou nom de cache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show configuration entries</source>
        <translation>Afficher les entrées de configuration</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No keytab open. Use Open Keytab… or drop a keytab file on the window.</source>
        <translation>Aucun keytab ouvert. Utilisez Ouvrir un keytab… ou déposez un fichier keytab sur la fenêtre.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Credential Caches</source>
        <translation>Caches d&apos;identifiants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keytab</source>
        <translation>Keytab</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not list the credential caches: %1</source>
        <translation>Impossible de lister les caches d&apos;identifiants&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n credential cache(s) read at %1.</source>
        <translation>
            <numerusform>%n cache d&apos;identifiants lu à %1.</numerusform>
            <numerusform>%n caches d&apos;identifiants lus à %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the keytab %1: %2</source>
        <translation>Impossible de lire le keytab %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 — %n entries</source>
        <translation>
            <numerusform>%1 — %n entrée</numerusform>
            <numerusform>%1 — %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened keytab %1.</source>
        <translation>Keytab %1 ouvert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open Keytab</source>
        <translation>Ouvrir un keytab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keytabs (*.keytab *.kt)</source>
        <translation>Keytabs (*.keytab *.kt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Destroy Credential Cache</source>
        <translation>Détruire le cache d&apos;identifiants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destroy the credential cache %1?</source>
        <translation>Détruire le cache d&apos;identifiants %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroy the credential cache %1 with the tickets of %2?

Programs using these tickets lose access until you obtain new ones.</source>
        <translation>Détruire le cache d&apos;identifiants %1 et les tickets de %2&#xa0;?

Les programmes qui utilisent ces tickets perdront leur accès jusqu&apos;à ce que vous en obteniez de nouveaux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Destroy</source>
        <translation>Détruire</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 failed: %2 The details and the trace are below.</source>
        <translation>Échec de l&apos;action «&#xa0;%1&#xa0;»&#xa0;: %2 Les détails et la trace figurent ci-dessous.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>The selected cache holds no ticket-granting ticket to renew.</source>
        <translation>Le cache sélectionné ne contient aucun TGT à renouveler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ticket-granting ticket is not renewable: get a new ticket with a renewable lifetime.</source>
        <translation>Le TGT n&apos;est pas renouvelable&#xa0;: obtenez un nouveau ticket avec une durée de renouvellement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ticket-granting ticket could only be renewed until %1.</source>
        <translation>Le TGT ne pouvait être renouvelé que jusqu&apos;au %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The selected cache is already the primary cache.</source>
        <translation>Le cache sélectionné est déjà le cache primaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only caches of a collection (DIR, KEYRING, KCM) have a primary cache.</source>
        <translation>Seuls les caches d&apos;une collection (DIR, KEYRING, KCM) ont un cache primaire.</translation>
    </message>
</context>
<context>
    <name>Portier::KeytabModel</name>
    <message numerus="yes">
        <location filename="../../models/keytab_model.cpp" line="+124"/>
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n autre)</numerusform>
            <numerusform>%1 (+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (enctype %2)</source>
        <translation>%1 (enctype %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DES, RC4 and 3DES are deprecated (RFC 6649, RFC 8429).</source>
        <translation>DES, RC4 et 3DES sont dépréciés (RFC 6649, RFC 8429).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key written to the keytab at %1</source>
        <translation>Clé écrite dans le keytab le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key version number: must match the KDC&apos;s for the key to be usable.</source>
        <translation>Numéro de version de clé&#xa0;: doit correspondre à celui du KDC pour que la clé soit utilisable.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KVNO</source>
        <translation>KVNO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enctype</source>
        <translation>Enctype</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timestamp</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key version number</source>
        <translation>Numéro de version de clé</translation>
    </message>
</context>
<context>
    <name>Portier::KinitDialog</name>
    <message>
        <location filename="../../ui/kinit_dialog.cpp" line="+30"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keytab</source>
        <translation>&amp;Keytab</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Forwardable</source>
        <translation>&amp;Transférable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;xiable</source>
        <translation>Pro&amp;xiable</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+38"/>
        <source>Get Ticket</source>
        <translation>Obtenir un ticket</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>user@REALM</source>
        <translation>utilisateur@ROYAUME</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>default client keytab</source>
        <translation>keytab client par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a keytab file</source>
        <translation>Choisir un fichier keytab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KDC default, e.g. 10h</source>
        <translation>valeur par défaut du KDC, p. ex. 10h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not renewable, e.g. 7d</source>
        <translation>non renouvelable, p. ex. 7d</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default cache</source>
        <translation>Cache par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+117"/>
        <source>New cache in the collection</source>
        <translation>Nouveau cache dans la collection</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Named cache</source>
        <translation>Cache nommé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. FILE:/tmp/krb5cc_test</source>
        <translation>p. ex. FILE:/tmp/krb5cc_test</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;rincipal:</source>
        <translation>P&amp;rincipal&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authenticate with:</source>
        <translation>S&apos;authentifier avec&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key&amp;tab file:</source>
        <translation>Fichier k&amp;eytab&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Durée de vie&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;enewable for:</source>
        <translation>Renouvela&amp;ble pendant&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket flags:</source>
        <translation>Indicateurs du ticket&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store &amp;in:</source>
        <translation>St&amp;ocker dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache &amp;name:</source>
        <translation>&amp;Nom du cache&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Equivalent command:</source>
        <translation>Commande équivalente&#xa0;:</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Reading the keytab…</source>
        <translation>Lecture du keytab…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n principal(s) in this keytab.</source>
        <translation>
            <numerusform>%n principal dans ce keytab.</numerusform>
            <numerusform>%n principaux dans ce keytab.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a Keytab</source>
        <translation>Choisir un keytab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keytabs (*.keytab *.kt)</source>
        <translation>Keytabs (*.keytab *.kt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Portier::LogExcerptModel</name>
    <message>
        <location filename="../../models/log_excerpt_model.cpp" line="+62"/>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lines %1–%2</source>
        <translation>lignes %1–%2</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>Portier::MainWindow</name>
    <message>
        <location filename="../../ui/main_window.cpp" line="+35"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Portier</source>
        <translation>Portier</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Portier</source>
        <translation>À &amp;propos de Portier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No pane can open %1.</source>
        <translation>Aucun panneau ne peut ouvrir %1.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>About Portier</source>
        <translation>À propos de Portier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Portier %1&lt;/h3&gt;&lt;p&gt;A console for Linux identity and coordination infrastructure: Kerberos credential caches and keytabs, and ZooKeeper znodes with their access control lists, with the evidence beside every result.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Portier %1&lt;/h3&gt;&lt;p&gt;Une console pour l’infrastructure d’identité et de coordination sous Linux&#xa0;: caches de justificatifs et keytabs Kerberos, et nœuds ZooKeeper avec leurs listes de contrôle d’accès, avec les preuves à côté de chaque résultat.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Portier::NodeDetailsWidget</name>
    <message>
        <location filename="../../ui/zookeeper/node_details_widget.cpp" line="+53"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat</source>
        <translation>Métadonnées (stat)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ACL</source>
        <translation>ACL</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No znode selected</source>
        <translation>Aucun znode sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a znode to see its data.</source>
        <translation>Sélectionnez un znode pour voir ses données.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This session may not read the data of %1 (NOAUTH): none of its identities has the READ permission in the node&apos;s ACL.</source>
        <translation>Cette session n&apos;a pas le droit de lire les données de %1 (NOAUTH)&#xa0;: aucune de ses identités n&apos;a la permission READ dans l&apos;ACL du nœud.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 no longer exists.</source>
        <translation>%1 n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved %1 (version %2).</source>
        <translation>%1 enregistré (version %2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved: %1 changed after version %2, and its newer data could not be read: %3</source>
        <translation>Non enregistré&#xa0;: %1 a été modifié après la version %2, et ses données plus récentes n&apos;ont pas pu être lues&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save %1</source>
        <translation>Enregistrer %1</translation>
    </message>
</context>
<context>
    <name>Portier::OperationWidget</name>
    <message>
        <location filename="../../ui/operation_widget.cpp" line="+17"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stop waiting for this operation; its result will be discarded</source>
        <translation>Cesser d&apos;attendre cette opération&#xa0;; son résultat sera ignoré</translation>
    </message>
</context>
<context>
    <name>Portier::RecursiveAclDialog</name>
    <message>
        <location filename="../../ui/zookeeper/recursive_acl_dialog.cpp" line="+49"/>
        <source>will change</source>
        <translation>sera modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged (already so)</source>
        <translation>inchangé (déjà conforme)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped: this session may not read it (NOAUTH)</source>
        <translation>ignoré&#xa0;: cette session n&apos;a pas le droit de le lire (NOAUTH)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped: removing the entry would leave no ACL</source>
        <translation>ignoré&#xa0;: retirer l&apos;entrée ne laisserait aucune ACL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped: the node no longer exists</source>
        <translation>ignoré&#xa0;: le nœud n&apos;existe plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped: %1</source>
        <translation>ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>restore</source>
        <translation>à restaurer</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+55"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Applied ACL</source>
        <translation>ACL appliquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACL Before</source>
        <translation>ACL avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restores</source>
        <translation>ACL restaurée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACL After</source>
        <translation>ACL après</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Replace the ACL</source>
        <translation>&amp;Remplacer l&apos;ACL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd entries</source>
        <translation>Ajouter des e&amp;ntrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve entries</source>
        <translation>Ret&amp;irer des entrées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dr&amp;y Run</source>
        <translation>Si&amp;mulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only nodes that &amp;change</source>
        <translation>Uniquement les nœuds qui &amp;changent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Apply…</source>
        <translation>Appli&amp;quer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll &amp;Back…</source>
        <translation>R&amp;estaurer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Force Roll Back…</source>
        <translation>&amp;Forcer la restauration…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change ACLs Recursively</source>
        <translation>Modifier les ACL récursivement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every node&apos;s ACL becomes exactly this ACL</source>
        <translation>L&apos;ACL de chaque nœud devient exactement cette ACL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These entries are added to every node&apos;s ACL; an entry with the same scheme:id gets these permissions</source>
        <translation>Ces entrées sont ajoutées à l&apos;ACL de chaque nœud&#xa0;; une entrée de même scheme:id reçoit ces permissions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries with these scheme:id are removed from every node&apos;s ACL (permissions do not matter); a node left with no entry is skipped</source>
        <translation>Les entrées ayant ces scheme:id sont retirées de l&apos;ACL de chaque nœud (les permissions n&apos;importent pas)&#xa0;; un nœud qui se retrouverait sans entrée est ignoré</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read the subtree and list what would change; nothing is written</source>
        <translation>Lire le sous-arbre et lister ce qui changerait&#xa0;; rien n&apos;est écrit</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Written before the first change: path, ACL version and previous ACL of every node, so that the change can be rolled back</source>
        <translation>Écrit avant la première modification&#xa0;: chemin, version d&apos;ACL et ACL précédente de chaque nœud, afin de pouvoir annuler la modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to write the journal</source>
        <translation>Choisir où écrire le journal</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Also restore the nodes whose ACL someone else changed after the journal was written (their change is lost)</source>
        <translation>Restaurer aussi les nœuds dont quelqu&apos;un d&apos;autre a modifié l&apos;ACL après l&apos;écriture du journal (la modification faite entre-temps est perdue)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>S&amp;ubtree:</source>
        <translation>Sous-ar&amp;bre&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mode:</source>
        <translation>Mode&#xa0;:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Journal:</source>
        <translation>&amp;Journal&#xa0;:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cancelled. Nodes already changed stay changed; the journal %1 records them and can roll them back.</source>
        <translation>Annulé. Les nœuds déjà modifiés le restent&#xa0;; le journal %1 les enregistre et permet de les restaurer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>ACLs are being changed: wait until it ends, or Cancel it first (the journal records what was changed).</source>
        <translation>Des ACL sont en cours de modification&#xa0;: attendez la fin, ou annulez d&apos;abord l&apos;opération (le journal enregistre ce qui a été modifié).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fix ACLs</source>
        <translation>Corriger les ACL</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Roll Back ACL Changes</source>
        <translation>Restauration des modifications d&apos;ACL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a Journal to Roll Back</source>
        <translation>Choisir un journal à restaurer</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+552"/>
        <source>ACL journals (*.json)</source>
        <translation>Journaux d&apos;ACL (*.json)</translation>
    </message>
    <message>
        <location line="-552"/>
        <location line="+552"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location line="-521"/>
        <source>Fix from the audit: %n node(s) get the recommended ACL. The dry run reads their current ACLs again; nothing is written before you confirm.</source>
        <translation>
            <numerusform>Correction issue de l&apos;audit&#xa0;: %n nœud reçoit l&apos;ACL recommandée. La simulation relit son ACL actuelle&#xa0;; rien n&apos;est écrit avant votre confirmation.</numerusform>
            <numerusform>Correction issue de l&apos;audit&#xa0;: %n nœuds reçoivent l&apos;ACL recommandée. La simulation relit leurs ACL actuelles&#xa0;; rien n&apos;est écrit avant votre confirmation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+112"/>
        <source>The subtree must be an absolute path such as /kafka.</source>
        <translation>Le sous-arbre doit être un chemin absolu tel que /kafka.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Reading the current ACLs of %n node(s)…</source>
        <translation>
            <numerusform>Lecture de l&apos;ACL actuelle de %n nœud…</numerusform>
            <numerusform>Lecture des ACL actuelles de %n nœuds…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the ACLs under %1…</source>
        <translation>Lecture des ACL sous %1…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not read the subtree %1: %2</source>
        <translation>Impossible de lire le sous-arbre %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the subtree %1</source>
        <translation>Lire le sous-arbre %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The scan of %1 did not finish (%2): the plan lists only the %n node(s) read. Run the dry run again before applying.</source>
        <translation>
            <numerusform>L&apos;analyse de %1 n&apos;a pas abouti (%2)&#xa0;: le plan ne contient que %n nœud lu. Relancez la simulation avant d&apos;appliquer.</numerusform>
            <numerusform>L&apos;analyse de %1 n&apos;a pas abouti (%2)&#xa0;: le plan ne contient que les %n nœuds lus. Relancez la simulation avant d&apos;appliquer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n node(s) in the journal.</source>
        <translation>
            <numerusform>%n nœud dans le journal.</numerusform>
            <numerusform>%n nœuds dans le journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n node(s) read: </source>
        <translation>
            <numerusform>%n nœud lu&#xa0;: </numerusform>
            <numerusform>%n nœuds lus&#xa0;: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n will change</source>
        <translation>
            <numerusform>%n sera modifié</numerusform>
            <numerusform>%n seront modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n inchangé</numerusform>
            <numerusform>, %n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n not readable (NOAUTH)</source>
        <translation>
            <numerusform>, %n illisible (NOAUTH)</numerusform>
            <numerusform>, %n illisibles (NOAUTH)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n skipped otherwise</source>
        <translation>
            <numerusform>, %n ignoré pour une autre raison</numerusform>
            <numerusform>, %n ignorés pour une autre raison</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a journal file first: the change is only applied once its journal is written.</source>
        <translation>Choisissez d&apos;abord un fichier journal&#xa0;: la modification n&apos;est appliquée qu&apos;une fois son journal écrit.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Change the ACL of %n node(s)?</source>
        <translation>
            <numerusform>Modifier l&apos;ACL de %n nœud&#xa0;?</numerusform>
            <numerusform>Modifier l&apos;ACL de %n nœuds&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal is written first to %1; it lets you roll the change back.</source>
        <translation>Le journal est d&apos;abord écrit dans %1&#xa0;; il vous permet d&apos;annuler la modification.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>On %n node(s) none of this session&apos;s identities keeps ADMIN afterwards: you will no longer be able to change their ACLs (only a super user can), nor roll them back with this session.</source>
        <translation>
            <numerusform>Sur %n nœud, aucune des identités de cette session ne conserve ensuite le droit ADMIN&#xa0;: vous ne pourrez plus modifier son ACL (seul un super-utilisateur le pourra), ni la restaurer avec cette session.</numerusform>
            <numerusform>Sur %n nœuds, aucune des identités de cette session ne conserve ensuite le droit ADMIN&#xa0;: vous ne pourrez plus modifier leurs ACL (seul un super-utilisateur le pourra), ni les restaurer avec cette session.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apply ACL Change</source>
        <translation>Appliquer la modification d&apos;ACL</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+38"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Could not create the journal folder %1. Choose another journal file.</source>
        <translation>Impossible de créer le dossier du journal %1. Choisissez un autre fichier journal.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Setting the ACL of %n node(s)…</source>
        <translation>
            <numerusform>Modification de l&apos;ACL de %n nœud…</numerusform>
            <numerusform>Modification de l&apos;ACL de %n nœuds…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore the previous ACLs recorded in %1, also on the nodes someone else changed since (their change is lost)?</source>
        <translation>Restaurer les ACL précédentes enregistrées dans %1, y compris sur les nœuds que quelqu&apos;un d&apos;autre a modifiés depuis (ces modifications seront perdues)&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the previous ACLs recorded in %1? Nodes someone else changed since are left alone and listed.</source>
        <translation>Restaurer les ACL précédentes enregistrées dans %1&#xa0;? Les nœuds que quelqu&apos;un d&apos;autre a modifiés depuis sont laissés tels quels et listés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Roll Back</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Force Roll Back</source>
        <translation>Forcer la restauration</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restoring the ACLs from %1…</source>
        <translation>Restauration des ACL depuis %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Roll back</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 failed: %2</source>
        <translation>Échec de l&apos;action «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Rolled back: %n node(s) restored</source>
        <translation>
            <numerusform>Restauration effectuée&#xa0;: %n nœud restauré</numerusform>
            <numerusform>Restauration effectuée&#xa0;: %n nœuds restaurés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Applied: %n node(s) changed</source>
        <translation>
            <numerusform>Modification appliquée&#xa0;: %n nœud modifié</numerusform>
            <numerusform>Modification appliquée&#xa0;: %n nœuds modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n already as wanted</source>
        <translation>
            <numerusform>, %n déjà conforme</numerusform>
            <numerusform>, %n déjà conformes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n en échec</numerusform>
            <numerusform>, %n en échec</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled before the end.</source>
        <translation>Annulé avant la fin.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The connection was lost %n time(s); the run waited for the reconnect and checked the nodes it had in flight.</source>
        <translation>
            <numerusform>La connexion a été perdue %n fois&#xa0;; l’opération a attendu la reconnexion et vérifié les nœuds en cours.</numerusform>
            <numerusform>La connexion a été perdue %n fois&#xa0;; l’opération a attendu la reconnexion et vérifié les nœuds en cours.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal: %1</source>
        <translation>Journal&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n node(s) were changed by someone else after the journal was written and were left alone (listed below). Force Roll Back restores them anyway.</source>
        <translation>
            <numerusform>%n nœud a été modifié par quelqu&apos;un d&apos;autre après l&apos;écriture du journal et a été laissé tel quel (voir la liste ci-dessous). «&#xa0;Forcer la restauration&#xa0;» le restaure malgré tout.</numerusform>
            <numerusform>%n nœuds ont été modifiés par quelqu&apos;un d&apos;autre après l&apos;écriture du journal et ont été laissés tels quels (voir la liste ci-dessous). «&#xa0;Forcer la restauration&#xa0;» les restaure malgré tout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 could not change %n node(s); they are listed below.</source>
        <translation>
            <numerusform>L&apos;action «&#xa0;%1&#xa0;» n&apos;a pas pu modifier %n nœud&#xa0;; il figure dans la liste ci-dessous.</numerusform>
            <numerusform>L&apos;action «&#xa0;%1&#xa0;» n&apos;a pas pu modifier %n nœuds&#xa0;; ils figurent dans la liste ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the journal %1…</source>
        <translation>Lecture du journal %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read the journal %1.</source>
        <translation>Impossible de lire le journal %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the journal %1</source>
        <translation>Lire le journal %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Journal %1, written %2 for %3 on %4: %5 (%6).</source>
        <translation>Journal %1, écrit le %2 pour %3 sur %4&#xa0;: %5 (%6).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Journal File</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Write the journal, then set the new ACLs</source>
        <translation>Écrire le journal, puis définir les nouvelles ACL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session is read-only.</source>
        <translation>Cette session est en lecture seule.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the dry run first.</source>
        <translation>Lancez d&apos;abord la simulation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings changed since the dry run (or it was applied): run it again.</source>
        <translation>Les paramètres ont changé depuis la simulation (ou celle-ci a été appliquée)&#xa0;: relancez-la.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dry run did not read the whole subtree: run it again.</source>
        <translation>La simulation n&apos;a pas lu tout le sous-arbre&#xa0;: relancez-la.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
</context>
<context>
    <name>Portier::RecursiveDeleteDialog</name>
    <message>
        <location filename="../../ui/zookeeper/recursive_delete_dialog.cpp" line="+33"/>
        <source>Delete %1 Recursively</source>
        <translation>Supprimer %1 récursivement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Listing cancelled: nothing was deleted.</source>
        <translation>Énumération annulée&#xa0;: rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Listing every znode below %1…</source>
        <translation>Énumération de tous les znodes situés sous %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listing %1</source>
        <translation>Énumération de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not list %1: %2 Nothing was deleted.</source>
        <translation>Impossible de lister %1&#xa0;: %2 Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 no longer exists: nothing to delete.</source>
        <translation>%1 n&apos;existe plus&#xa0;: rien à supprimer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 znodes will be deleted: %2 and everything below it.</source>
        <translation>%1 znodes seront supprimés&#xa0;: %2 et tout ce qui se trouve en dessous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of them are ephemeral: the sessions that own them (services that are running) lose them.</source>
        <translation>%1 d&apos;entre eux sont éphémères&#xa0;: les sessions qui les possèdent (des services en cours d&apos;exécution) les perdront.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of them may not be read by this session (NOAUTH): their children are unknown, and deleting them and their parents will fail.</source>
        <translation>%1 d&apos;entre eux ne peuvent pas être lus par cette session (NOAUTH)&#xa0;: leurs enfants sont inconnus, et leur suppression ainsi que celle de leurs parents échouera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The listing is incomplete (%1): znodes it did not see stay, and their parents cannot be deleted.</source>
        <translation>L&apos;énumération est incomplète (%1)&#xa0;: les znodes qu&apos;elle n&apos;a pas vus resteront en place, et leurs parents ne pourront pas être supprimés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I understand that %1 znodes below %2 will be deleted for good.</source>
        <translation>Je comprends que %1 znodes situés sous %2 seront définitivement supprimés.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Deleting %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled: %1 of %2 znodes were deleted.</source>
        <translation>Annulé&#xa0;: %1 znodes sur %2 ont été supprimés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted %1 and all %2 znodes below and including it.</source>
        <translation>%1 et tout ce qui se trouve en dessous ont été supprimés&#xa0;: %2 znodes au total.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted %1 of %2 znodes; %3 could not be deleted:</source>
        <translation>%1 znodes sur %2 supprimés&#xa0;; %3 n&apos;ont pas pu être supprimés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Portier::ResultEvidenceView</name>
    <message>
        <location filename="../../ui/result_evidence_view.cpp" line="+64"/>
        <source>Hide the result</source>
        <translation>Masquer le résultat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Equivalent command:</source>
        <translation>Commande équivalente&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy the command to the clipboard</source>
        <translation>Copier la commande dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy Lines</source>
        <translation>Copier les lignes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No trace was recorded for this action.</source>
        <translation>Aucune trace n&apos;a été enregistrée pour cette action.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache:</source>
        <translation>Cache&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The action succeeded, but the trace shows:</source>
        <translation>L&apos;action a réussi, mais la trace montre&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 failed: %2</source>
        <translation>Échec de l&apos;action «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library says:</source>
        <translation>La bibliothèque indique&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Code:</source>
        <translation>Code&#xa0;:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No shell equivalent</source>
        <translation>Pas d&apos;équivalent en ligne de commande</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cause:</source>
        <translation>Cause&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix:</source>
        <translation>Solution&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Portier::ServerPanel</name>
    <message>
        <location filename="../../ui/zookeeper/server_panel.cpp" line="+27"/>
        <source>Version, latency, mode (leader, follower, standalone), node count</source>
        <translation>Version, latence, mode (leader, follower, standalone), nombre de nœuds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring variables: outstanding requests, watches, file descriptors, …</source>
        <translation>Variables de supervision&#xa0;: requêtes en attente, watches, descripteurs de fichiers, …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s configuration</source>
        <translation>La configuration du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s environment: Java, OS, class path, …</source>
        <translation>L&apos;environnement du serveur&#xa0;: Java, système d&apos;exploitation, class path, …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is the server running? (answers imok)</source>
        <translation>Le serveur fonctionne-t-il&#xa0;? (répond imok)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server of the connect string to ask</source>
        <translation>Le serveur de la chaîne de connexion à interroger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw Reply</source>
        <translation>Réponse brute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The connect string names no server.</source>
        <translation>La chaîne de connexion n&apos;indique aucun serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a command to send to the server. Servers answer only the commands listed in their 4lw.commands.whitelist.</source>
        <translation>Choisissez une commande à envoyer au serveur. Les serveurs ne répondent qu&apos;aux commandes figurant dans leur 4lw.commands.whitelist.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Asking %1 for %2…</source>
        <translation>Interrogation de %1 avec %2…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 answered %2 at %3.</source>
        <translation>Réponse de %1 à %2 reçue à %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 does not allow the command %2: it is not in the server&apos;s 4lw.commands.whitelist. Add it to zoo.cfg (for example 4lw.commands.whitelist=srvr,mntr,conf,envi,ruok) and restart the server.</source>
        <translation>%1 n&apos;autorise pas la commande %2&#xa0;: elle ne figure pas dans le 4lw.commands.whitelist du serveur. Ajoutez-la à zoo.cfg (par exemple 4lw.commands.whitelist=srvr,mntr,conf,envi,ruok) et redémarrez le serveur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not ask %1 for %2: %3</source>
        <translation>Impossible d&apos;interroger %1 avec %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer from %1.</source>
        <translation>Aucune réponse de %1.</translation>
    </message>
</context>
<context>
    <name>Portier::SnapshotDialog</name>
    <message>
        <location filename="../../ui/zookeeper/snapshot_dialog.cpp" line="+62"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACL changed</source>
        <translation>ACL modifiée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>data changed</source>
        <translation>données modifiées</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACL Before</source>
        <translation>ACL avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACL After</source>
        <translation>ACL après</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Include the &amp;data (base64)</source>
        <translation>Inclure les &amp;données (base64)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The &amp;live tree</source>
        <translation>L&apos;arbre en &amp;direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another &amp;snapshot:</source>
        <translation>Un autre &amp;instantané&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only &amp;ACL changes</source>
        <translation>Uniquement les &amp;modifications d&apos;ACL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ZooKeeper Snapshots</source>
        <translation>Instantanés ZooKeeper</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Without data the snapshot holds paths, stats and ACLs only</source>
        <translation>Sans les données, l&apos;instantané ne contient que les chemins, les métadonnées (stat) et les ACL</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Choose where to write the snapshot</source>
        <translation>Choisir où écrire l&apos;instantané</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>snapshot file</source>
        <translation>fichier d&apos;instantané</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>S&amp;ubtree:</source>
        <translation>Sous-ar&amp;bre&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Before:</source>
        <translation>&amp;Avant&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After:</source>
        <translation>Après&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Give an absolute subtree path (such as /kafka) and a file to write the snapshot to.</source>
        <translation>Indiquez un chemin de sous-arbre absolu (tel que /kafka) et un fichier dans lequel écrire l&apos;instantané.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read %1</source>
        <translation>Lire %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scan of %1 did not finish (%2); no snapshot was written. Try again.</source>
        <translation>L&apos;analyse de %1 n&apos;a pas abouti (%2)&#xa0;; aucun instantané n&apos;a été écrit. Réessayez.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Write the snapshot %1</source>
        <translation>Écrire l’instantané %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n node(s) written to %1.</source>
        <translation>
            <numerusform>%n nœud écrit dans %1.</numerusform>
            <numerusform>%n nœuds écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the snapshot to compare, and the live tree or a second snapshot.</source>
        <translation>Choisissez l&apos;instantané à comparer, puis l&apos;arbre en direct ou un second instantané.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the snapshots…</source>
        <translation>Lecture des instantanés…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Load the snapshots</source>
        <translation>Charger les instantanés</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the live tree under %1…</source>
        <translation>Lecture de l&apos;arbre en direct sous %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read the live tree under %1: %2</source>
        <translation>Impossible de lire l&apos;arbre en direct sous %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the live tree under %1</source>
        <translation>Lire l’arbre en direct sous %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scan of the live tree under %1 did not finish (%2): compare again.</source>
        <translation>L&apos;analyse de l&apos;arbre en direct sous %1 n&apos;a pas abouti (%2)&#xa0;: relancez la comparaison.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the live tree</source>
        <translation>l&apos;arbre en direct</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No difference between %1 and %2.</source>
        <translation>Aucune différence entre %1 et %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → %2: </source>
        <translation>%1 → %2&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ACL(s) changed</source>
        <translation>
            <numerusform>%n ACL modifiée</numerusform>
            <numerusform>%n ACL modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n node(s) added</source>
        <translation>
            <numerusform>%n nœud ajouté</numerusform>
            <numerusform>%n nœuds ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with changed data</source>
        <translation>
            <numerusform>%n avec des données modifiées</numerusform>
            <numerusform>%n avec des données modifiées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write Snapshot</source>
        <translation>Écrire l&apos;instantané</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open Snapshot</source>
        <translation>Ouvrir un instantané</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snapshots (*.json)</source>
        <translation>Instantanés (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Portier::TicketTimelineWidget</name>
    <message>
        <location filename="../../ui/ticket_timeline_widget.cpp" line="+59"/>
        <source>Ticket timeline of %1</source>
        <translation>Chronologie des tickets de %1</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Client: %1</source>
        <translation>Client&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from: %1 (%2)</source>
        <translation>Début de validité&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expires: %1 (%2)</source>
        <translation>Expiration&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renew until: %1 (%2)</source>
        <translation>Limite de renouvellement&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not renewable</source>
        <translation>Non renouvelable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags: %1</source>
        <translation>Indicateurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Select a cache to see its tickets over time.</source>
        <translation>Sélectionnez un cache pour voir la chronologie de ses tickets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cache holds no tickets.</source>
        <translation>Ce cache ne contient aucun ticket.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>now %1</source>
        <translation>maintenant %1</translation>
    </message>
</context>
<context>
    <name>Portier::TreeSearchWidget</name>
    <message>
        <location filename="../../ui/zookeeper/tree_search_widget.cpp" line="+25"/>
        <source>Re&amp;gular expression</source>
        <translation>Expression &amp;régulière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Part of a path, e.g. brokers/ids</source>
        <translation>Partie d&apos;un chemin, p. ex. brokers/ids</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only znodes below this path are searched</source>
        <translation>Seuls les znodes situés sous ce chemin sont recherchés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Double-click a path to show it in the tree</source>
        <translation>Double-cliquez sur un chemin pour l&apos;afficher dans l&apos;arbre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search cancelled.</source>
        <translation>Recherche annulée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>below</source>
        <translation>sous</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Searches the whole tree below the given path, not only what the tree has loaded.</source>
        <translation>Recherche dans tout l&apos;arbre situé sous le chemin indiqué, pas seulement dans ce que l&apos;arbre a chargé.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Not a valid regular expression: %1 (at position %2)</source>
        <translation>Expression régulière non valide&#xa0;: %1 (à la position %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Searching below %1…</source>
        <translation>Recherche sous %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searching %1</source>
        <translation>Recherche dans %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 znodes below %3 match (%4 s).</source>
        <translation>%1 sur %2 znodes sous %3 correspondent (%4 s).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The search did not finish (%1): the list is partial.</source>
        <translation>La recherche n&apos;a pas abouti (%1)&#xa0;: la liste est partielle.</translation>
    </message>
</context>
<context>
    <name>Portier::ZnodeDataView</name>
    <message>
        <location filename="../../ui/zookeeper/znode_data_view.cpp" line="+63"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save Mine over Theirs</source>
        <translation>Écraser leur version par la mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard Mine, Take Theirs</source>
        <translation>Abandonner la mienne, prendre la leur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text (UTF-8)</source>
        <translation>Texte (UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Show as:</source>
        <translation>&amp;Afficher en&#xa0;:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Select a znode to see its data.</source>
        <translation>Sélectionnez un znode pour voir ses données.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not valid JSON (%1 at byte %2): shown as text.</source>
        <translation>JSON non valide (%1 à l&apos;octet %2)&#xa0;: affiché comme texte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not valid UTF-8: undecodable bytes are shown as �. Use Hex to see them, Base64 to edit them.</source>
        <translation>UTF-8 non valide&#xa0;: les octets non décodables sont affichés sous la forme �. Utilisez Hex pour les voir, Base64 pour les modifier.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Large data: showing the first %1 of %2. Editing is off for data that is not shown in full; use Base64 or Text for a longer view.</source>
        <translation>Données volumineuses&#xa0;: affichage des premiers %1 sur %2. La modification est désactivée pour les données qui ne sont pas affichées en entier&#xa0;; utilisez Base64 ou Texte pour un affichage plus long.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no data)</source>
        <translation>(aucune donnée)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The JSON is saved as shown here (indented).</source>
        <translation>Le JSON est enregistré tel qu&apos;il est affiché ici (indenté).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not saved: the text is not valid JSON (%1 at character %2). Fix it, or switch to Text to save it as it is.</source>
        <translation>Non enregistré&#xa0;: le texte n&apos;est pas un JSON valide (%1 au caractère %2). Corrigez-le, ou passez en Texte pour l&apos;enregistrer tel quel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved: the text is not valid base64.</source>
        <translation>Non enregistré&#xa0;: le texte n&apos;est pas du base64 valide.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+76"/>
        <source>Hex is for viewing: switch to Text or Base64 to edit.</source>
        <translation>Hex sert uniquement à l&apos;affichage&#xa0;: passez en Texte ou en Base64 pour modifier.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Not saved: someone changed %1 after you read it. Your edit is based on version %2; the server now has version %3, shown below. Merge by hand in the editor and save over theirs, or take theirs and drop your edit.</source>
        <translation>Non enregistré&#xa0;: quelqu&apos;un a modifié %1 après que vous l&apos;avez lu. Votre modification se fonde sur la version %2&#xa0;; le serveur a maintenant la version %3, affichée ci-dessous. Fusionnez à la main dans l&apos;éditeur et écrasez leur version, ou prenez leur version et abandonnez votre modification.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The data is not shown in full and cannot be edited here.</source>
        <translation>Les données ne sont pas affichées en entier et ne peuvent pas être modifiées ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data is not valid UTF-8: switch to Base64 to edit it.</source>
        <translation>Les données ne sont pas de l&apos;UTF-8 valide&#xa0;: passez en Base64 pour les modifier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the data; Save checks that nobody changed it meanwhile.</source>
        <translation>Modifier les données&#xa0;; Enregistrer vérifie que personne ne les a modifiées entre-temps.</translation>
    </message>
</context>
<context>
    <name>Portier::ZnodeFilterProxyModel</name>
    <message>
        <location filename="../../models/zookeeper/znode_filter_proxy_model.cpp" line="+26"/>
        <source>Not a valid regular expression: %1 (at position %2)</source>
        <translation>Expression régulière non valide&#xa0;: %1 (à la position %2)</translation>
    </message>
</context>
<context>
    <name>Portier::ZnodeStatModel</name>
    <message>
        <location filename="../../models/zookeeper/znode_stat_model.cpp" line="+76"/>
        <source>Transaction that created the node</source>
        <translation>Transaction qui a créé le nœud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction that last changed the node&apos;s data</source>
        <translation>Transaction qui a modifié en dernier les données du nœud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction that last added or removed a child</source>
        <translation>Transaction qui a ajouté ou supprimé un enfant en dernier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the node was created</source>
        <translation>Date de création du nœud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the node&apos;s data last changed</source>
        <translation>Date de la dernière modification des données du nœud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data version: a save checks it (set with version)</source>
        <translation>Version des données&#xa0;: un enregistrement la vérifie (set avec version)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of changes to the node&apos;s children</source>
        <translation>Nombre de modifications des enfants du nœud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACL version: an ACL change checks it</source>
        <translation>Version d&apos;ACL&#xa0;: une modification d&apos;ACL la vérifie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session that owns an ephemeral node</source>
        <translation>Session propriétaire d&apos;un nœud éphémère</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size of the node&apos;s data</source>
        <translation>Taille des données du nœud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of children</source>
        <translation>Nombre d&apos;enfants</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none (persistent node)</source>
        <translation>aucun (nœud persistant)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (this session)</source>
        <translation>%1 (cette session)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 = %2 (decimal), %3 (hex)</source>
        <translation>%1 = %2 (décimal), %3 (hex)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
</context>
<context>
    <name>Portier::ZnodeTreeModel</name>
    <message>
        <location filename="../../models/zookeeper/znode_tree_model.cpp" line="+80"/>
        <source>restricted</source>
        <translation>restreint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>world-readable</source>
        <translation>lisible par tous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>world-writable</source>
        <translation>modifiable par tous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>world-admin</source>
        <translation>administrable par tous</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No world:anyone entry: only the listed identities have access.</source>
        <translation>Aucune entrée world:anyone&#xa0;: seules les identités listées ont accès.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone who can reach the server may read this node.</source>
        <translation>Toute personne pouvant joindre le serveur peut lire ce nœud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone who can reach the server may change, create below or delete this node.</source>
        <translation>Toute personne pouvant joindre le serveur peut modifier ce nœud, créer des nœuds en dessous ou le supprimer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone who can reach the server may change this node&apos;s ACL and lock everybody out.</source>
        <translation>Toute personne pouvant joindre le serveur peut modifier l&apos;ACL de ce nœud et en bloquer l&apos;accès à tous.</translation>
    </message>
    <message>
        <location line="+550"/>
        <source>This session may not read %1 (NOAUTH): none of its identities has the READ permission in the node&apos;s ACL. Connect with an identity the ACL names to see its data and children.</source>
        <translation>Cette session n&apos;a pas le droit de lire %1 (NOAUTH)&#xa0;: aucune de ses identités n&apos;a la permission READ dans l&apos;ACL du nœud. Connectez-vous avec une identité que l&apos;ACL mentionne pour voir ses données et ses enfants.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not exist on the server (NONODE). Check the chroot of the connect string.</source>
        <translation>%1 n&apos;existe pas sur le serveur (NONODE). Vérifiez le chroot de la chaîne de connexion.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>This session may not read %1 (NOAUTH): none of its identities has the READ or ADMIN permission in the node&apos;s ACL. Connect with an identity the ACL names to see it.</source>
        <translation>Cette session n&apos;a pas le droit de lire %1 (NOAUTH)&#xa0;: aucune de ses identités n&apos;a la permission READ ou ADMIN dans l&apos;ACL du nœud. Connectez-vous avec une identité que l&apos;ACL mentionne pour le voir.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Znode</source>
        <translation>Znode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ephemeral</source>
        <translation>Éphémère</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACL</source>
        <translation>ACL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number of children (numChildren of the node&apos;s stat)</source>
        <translation>Nombre d&apos;enfants (champ numChildren des métadonnées du nœud)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size of the node&apos;s data (dataLength)</source>
        <translation>Taille des données du nœud (dataLength)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ephemeral nodes belong to a client session and vanish with it</source>
        <translation>Les nœuds éphémères appartiennent à une session client et disparaissent avec elle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How exposed the node is, from its ACL&apos;s world:anyone entry</source>
        <translation>Degré d&apos;exposition du nœud, d&apos;après l&apos;entrée world:anyone de son ACL</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Loading children: %1 of %2</source>
        <translation>Chargement des enfants&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading children…</source>
        <translation>Chargement des enfants…</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 of %2 loaded</source>
        <translation>%1 sur %2 chargés</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ephemeral</source>
        <translation>éphémère</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ephemeral: owned by session %1, deleted when that session ends.</source>
        <translation>Éphémère&#xa0;: appartient à la session %1, supprimé à la fin de cette session.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not readable</source>
        <translation>illisible</translation>
    </message>
</context>
<context>
    <name>Portier::ZooKeeperPane</name>
    <message>
        <location filename="../../ui/zookeeper/zookeeper_pane.cpp" line="+68"/>
        <location line="+128"/>
        <source>ZooKeeper</source>
        <translation>ZooKeeper</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a saved ZooKeeper connection or add one</source>
        <translation>Ouvrir une connexion ZooKeeper enregistrée ou en ajouter une</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the session of the current connection</source>
        <translation>Fermer la session de la connexion actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reco&amp;nnect</source>
        <translation>Se reconnec&amp;ter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a new session for the current connection</source>
        <translation>Ouvrir une nouvelle session pour la connexion actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the expanded znodes and the selected one again</source>
        <translation>Relire les znodes dépliés et le znode sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Znode…</source>
        <translation>&amp;Nouveau znode…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a znode below the selected one</source>
        <translation>Créer un znode sous le znode sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected znode (it must have no children)</source>
        <translation>Supprimer le znode sélectionné (il ne doit pas avoir d&apos;enfants)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Rec&amp;ursively…</source>
        <translation>Supprimer &amp;récursivement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected znode and everything below it, after a preview</source>
        <translation>Supprimer le znode sélectionné et tout ce qui se trouve en dessous, après un aperçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;ACL Recursively…</source>
        <translation>Modifier l&apos;AC&amp;L récursivement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace, add or remove ACL entries on a subtree, with a dry run and a journal</source>
        <translation>Remplacer, ajouter ou retirer des entrées d&apos;ACL sur un sous-arbre, avec simulation et journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll &amp;Back from Journal…</source>
        <translation>R&amp;estaurer depuis un journal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the ACLs a recursive change wrote to a journal</source>
        <translation>Restaurer les ACL qu&apos;une modification récursive a enregistrées dans un journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Snapshot / Com&amp;pare…</source>
        <translation>Exporter un instantané / Com&amp;parer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a subtree to a JSON snapshot, or compare snapshots with each other or the live tree</source>
        <translation>Enregistrer un sous-arbre dans un instantané JSON, ou comparer des instantanés entre eux ou avec l&apos;arbre en direct</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search Tree…</source>
        <translation>Rec&amp;hercher dans l&apos;arbre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every znode below the selected one by path</source>
        <translation>Rechercher par chemin chaque znode situé sous le znode sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Watch Expanded Znodes</source>
        <translation>S&amp;urveiller les znodes dépliés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow changes to the children of expanded znodes (one watch per expanded znode, never the whole tree)</source>
        <translation>Suivre les modifications des enfants des znodes dépliés (un watch par znode déplié, jamais l&apos;arbre entier)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;Path</source>
        <translation>Cop&amp;ier le chemin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected znode&apos;s path</source>
        <translation>Copier le chemin du znode sélectionné</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&lt;h3&gt;No ZooKeeper connection is open&lt;/h3&gt;&lt;p&gt;Open a saved connection, or add one with Connect….&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucune connexion ZooKeeper n&apos;est ouverte&lt;/h3&gt;&lt;p&gt;Ouvrez une connexion enregistrée, ou ajoutez-en une avec «&#xa0;Se connecter…&#xa0;».&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connect…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 — double-click to connect</source>
        <translation>%1 — double-cliquez pour vous connecter</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Connect to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The password of the digest user %1 could not be read from the keychain: %2</source>
        <translation>Le mot de passe de l&apos;utilisateur digest %1 n&apos;a pas pu être lu dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit the connection (Connect…) and type the password again.</source>
        <translation>Modifiez la connexion (Se connecter…) et saisissez à nouveau le mot de passe.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
</context>
<context>
    <name>VerbSpec</name>
    <message>
        <location filename="../../app/cli/verb_spec.cpp" line="+57"/>
        <source>Usage: %1 %2</source>
        <translation>Utilisation&#xa0;: %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
</context>
<context>
    <name>ZkCommand</name>
    <message>
        <location filename="../../app/cli/zk_command.cpp" line="+71"/>
        <source>Print JSON: the documents the Portier console, snapshots and audit exports use.</source>
        <translation>Affiche du JSON&#xa0;: les documents qu&apos;utilisent la console Portier, les instantanés et les exports d&apos;audit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On failure, show every line of the ZooKeeper client log that is the evidence, not only its warnings.</source>
        <translation>En cas d&apos;échec, affiche toutes les lignes du journal du client ZooKeeper qui servent d&apos;éléments de preuve, pas seulement ses avertissements.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ensemble: host:port[,host:port...][/chroot] (default: %1).</source>
        <translation>L&apos;ensemble&#xa0;: host:port[,host:port...][/chroot] (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give up connecting after S seconds (default: %1).</source>
        <translation>Abandonne la connexion après S secondes (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Authenticate as digest user USER (addauth digest); the password is read from standard input, one line per --digest. May be given more than once.</source>
        <translation>S&apos;authentifie en tant qu&apos;utilisateur digest USER (addauth digest)&#xa0;; le mot de passe est lu sur l&apos;entrée standard, une ligne par --digest. Peut être indiqué plusieurs fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authenticate with Kerberos (SASL GSSAPI) using the current credential cache (KRB5CCNAME).</source>
        <translation>S&apos;authentifie avec Kerberos (SASL GSSAPI) à l&apos;aide du cache d&apos;identifiants actuel (KRB5CCNAME).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service of the server&apos;s principal (default: zookeeper). Implies --sasl.</source>
        <translation>Le service du principal du serveur (par défaut&#xa0;: zookeeper). Implique --sasl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host name in the server&apos;s principal (default: the first server&apos;s host). Implies --sasl.</source>
        <translation>Le nom d&apos;hôte dans le principal du serveur (par défaut&#xa0;: l&apos;hôte du premier serveur). Implique --sasl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Obtain the Kerberos ticket from keytab PATH into a private memory cache instead of using the current cache; needs --sasl-principal. Implies --sasl.</source>
        <translation>Obtient le ticket Kerberos à partir du keytab PATH dans un cache mémoire privé au lieu d&apos;utiliser le cache actuel&#xa0;; nécessite --sasl-principal. Implique --sasl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The principal whose key --sasl-keytab holds.</source>
        <translation>Le principal dont --sasl-keytab contient la clé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spread a subtree walk over N connections (1-16, default %1): one connection leaves most of the server&apos;s throughput unused.</source>
        <translation>Répartir le parcours d’un sous-arbre sur N connexions (1 à 16, %1 par défaut)&#xa0;: une seule connexion laisse inutilisée la plus grande partie du débit du serveur.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file in a directory you may write to.</source>
        <translation>Choisissez un fichier dans un répertoire où vous avez le droit d&apos;écrire.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Walk a subtree and list every node with its stat and ACL.</source>
        <translation>Parcourt un sous-arbre et liste chaque nœud avec ses métadonnées (stat) et son ACL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the subtree below P (default: /) with pipelined requests (getChildren and getAcl, with --data also getData) and lists every node with its child count, data size, ephemeral owner, risk and ACL. A node this session may not read is listed as locked (&quot;error&quot;:&quot;NOAUTH&quot; in JSON), not as a failure. --json prints {&quot;nodes&quot;:[{&quot;path&quot;,&quot;stat&quot;,&quot;acl&quot;,&quot;error&quot;}]}, permissions in zkCli&apos;s cdrwa order, data as base64. Exit code 1 when the walk could not finish (session expired), 3 when the server cannot be reached or refuses the credentials.</source>
        <translation>Lit le sous-arbre situé sous P (par défaut&#xa0;: /) par requêtes en pipeline (getChildren et getAcl, avec --data aussi getData) et liste chaque nœud avec son nombre d&apos;enfants, la taille de ses données, son propriétaire éphémère, son risque et son ACL. Un nœud que cette session n&apos;a pas le droit de lire est listé comme verrouillé (&quot;error&quot;:&quot;NOAUTH&quot; en JSON), et non comme un échec. --json affiche {&quot;nodes&quot;:[{&quot;path&quot;,&quot;stat&quot;,&quot;acl&quot;,&quot;error&quot;}]}, les permissions dans l&apos;ordre cdrwa de zkCli, les données en base64. Code de sortie 1 si le parcours n&apos;a pas pu aboutir (session expirée), 3 si le serveur est injoignable ou refuse les identifiants.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The subtree to walk (default: /).</source>
        <translation>Le sous-arbre à parcourir (par défaut&#xa0;: /).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk at most N levels below P (0: P only; default: all).</source>
        <translation>Parcourt au plus N niveaux sous P (0&#xa0;: P seul&#xa0;; par défaut&#xa0;: tous).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read each node&apos;s data too (base64 in JSON).</source>
        <translation>Lit aussi les données de chaque nœud (en base64 dans le JSON).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the ACL of one node, like zkCli&apos;s getAcl.</source>
        <translation>Affiche l&apos;ACL d&apos;un nœud, comme le getAcl de zkCli.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints the ACL of the node PATH with its ACL version (aversion) and the zkCli command that sets it. --json prints {&quot;path&quot;,&quot;acl&quot;:[{&quot;scheme&quot;,&quot;id&quot;,&quot;perms&quot;}],&quot;stat&quot;}. Exit code 1 when the node does not exist or may not be read.</source>
        <translation>Affiche l&apos;ACL du nœud PATH avec sa version d&apos;ACL (aversion) et la commande zkCli qui la définit. --json affiche {&quot;path&quot;,&quot;acl&quot;:[{&quot;scheme&quot;,&quot;id&quot;,&quot;perms&quot;}],&quot;stat&quot;}. Code de sortie 1 si le nœud n&apos;existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set the ACL of a node or a subtree, with dry run, journal and rollback.</source>
        <translation>Définit l&apos;ACL d&apos;un nœud ou d&apos;un sous-arbre, avec simulation, journal et restauration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets the ACL of PATH (with --recursive of every node below it too) to ACL, given in zkCli syntax, e.g. sasl:kafka:cdrwa,world:anyone:r. Each node is changed with the ACL version read before, so a node someone changed meanwhile is not overwritten. --dry-run prints every node with its ACL before and after and changes nothing. Before the first change a journal with every node&apos;s previous ACL is written (--journal FILE, default: a new file under ~/.local/share/portier/zookeeper/journals); &apos;zk rollback FILE&apos; restores it. Exit code 2 when ACL does not parse, 1 when a node could not be changed.</source>
        <translation>Définit l&apos;ACL de PATH (avec --recursive, également celle de chaque nœud situé en dessous) à ACL, donnée en syntaxe zkCli, p. ex. sasl:kafka:cdrwa,world:anyone:r. Chaque nœud est modifié avec la version d&apos;ACL lue auparavant, de sorte qu&apos;un nœud modifié entre-temps par quelqu&apos;un d&apos;autre n&apos;est pas écrasé. --dry-run affiche chaque nœud avec son ACL avant et après, et ne modifie rien. Avant la première modification, un journal contenant l&apos;ACL précédente de chaque nœud est écrit (--journal FILE, par défaut&#xa0;: un nouveau fichier sous ~/.local/share/portier/zookeeper/journals)&#xa0;; «&#xa0;zk rollback FILE&#xa0;» les restaure. Code de sortie 2 si ACL est syntaxiquement invalide, 1 si un nœud n&apos;a pas pu être modifié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change every node below PATH too.</source>
        <translation>Modifie aussi chaque nœud situé sous PATH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the plan: every node with its ACL before and after. Changes nothing and writes no journal.</source>
        <translation>Affiche le plan&#xa0;: chaque nœud avec son ACL avant et après. Ne modifie rien et n&apos;écrit aucun journal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the journal to FILE (must not exist yet).</source>
        <translation>Écrit le journal dans FILE (qui ne doit pas encore exister).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replace: the ACL becomes ACL (default); add: add ACL&apos;s entries (an entry with the same scheme:id gets the new permissions); remove: remove the entries with ACL&apos;s scheme:id.</source>
        <translation>replace&#xa0;: l&apos;ACL devient ACL (par défaut)&#xa0;; add&#xa0;: ajoute les entrées d&apos;ACL (une entrée de même scheme:id reçoit les nouvelles permissions)&#xa0;; remove&#xa0;: supprime les entrées ayant le scheme:id d&apos;ACL.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore the ACLs a journal of &apos;zk setacl&apos; recorded.</source>
        <translation>Restaure les ACL enregistrées par un journal de «&#xa0;zk setacl&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restores every node of JOURNAL to the ACL it had before the change, also when the change was interrupted. A node whose ACL someone else changed after the journal was written is left alone and reported, unless --force. The server is the journal&apos;s unless --server is given. Exit code 1 when a node could not be restored.</source>
        <translation>Restaure chaque nœud de JOURNAL à l&apos;ACL qu&apos;il avait avant la modification, y compris lorsque la modification a été interrompue. Un nœud dont quelqu&apos;un d&apos;autre a modifié l&apos;ACL après l&apos;écriture du journal est laissé tel quel et signalé, sauf avec --force. Le serveur est celui du journal, sauf si --server est indiqué. Code de sortie 1 si un nœud n&apos;a pas pu être restauré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore nodes whose ACL changed after the journal was written, too.</source>
        <translation>Restaure aussi les nœuds dont l&apos;ACL a changé après l&apos;écriture du journal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the ACLs against the best-practice profiles of the components found.</source>
        <translation>Vérifie les ACL par rapport aux profils de bonnes pratiques des composants détectés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walks the subtree below P (default: /), detects the components that use it (Atlas, HBase, HDFS, Kafka, Oozie, Ranger, Solr, YARN, ZooKeeper) and reports world-writable or world-admin nodes, nodes that deviate from their component&apos;s expected ACL, digest ids on a Kerberos-only cluster and unknown principals, each with the recommended ACL and the zkCli command that fixes it. --json prints {&quot;components&quot;:[...],&quot;findings&quot;:[{&quot;path&quot;,&quot;severity&quot;,&quot;rule&quot;,&quot;message&quot;,&quot;acl&quot;,&quot;recommended&quot;}]}. Exit code 1 when there are findings or the walk did not finish, 0 when there are none.</source>
        <translation>Parcourt le sous-arbre situé sous P (par défaut&#xa0;: /), détecte les composants qui l&apos;utilisent (Atlas, HBase, HDFS, Kafka, Oozie, Ranger, Solr, YARN, ZooKeeper) et signale les nœuds accessibles à tous (world) en écriture ou en administration, les nœuds qui s&apos;écartent de l&apos;ACL attendue pour leur composant, les identités digest sur un cluster exclusivement Kerberos et les principaux inconnus, chacun avec l&apos;ACL recommandée et la commande zkCli qui le corrige. --json affiche {&quot;components&quot;:[...],&quot;findings&quot;:[{&quot;path&quot;,&quot;severity&quot;,&quot;rule&quot;,&quot;message&quot;,&quot;acl&quot;,&quot;recommended&quot;}]}. Code de sortie 1 s&apos;il y a des constats ou si le parcours n&apos;a pas abouti, 0 s&apos;il n&apos;y en a aucun.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The subtree to audit (default: /).</source>
        <translation>Le sous-arbre à auditer (par défaut&#xa0;: /).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secure: a Kerberos-secured cluster, sasl ACLs expected (default); unsecure: a cluster without authentication.</source>
        <translation>secure&#xa0;: un cluster sécurisé par Kerberos, ACL sasl attendues (par défaut)&#xa0;; unsecure&#xa0;: un cluster sans authentification.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write the report as a readable HTML page to FILE.</source>
        <translation>Écrit aussi le rapport sous forme de page HTML lisible dans FILE.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export a subtree&apos;s paths, stats and ACLs (and data) to a JSON file.</source>
        <translation>Exporte les chemins, les métadonnées (stat) et les ACL d&apos;un sous-arbre (ainsi que ses données) dans un fichier JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walks the subtree below P (default: /) and writes every node&apos;s path, stat and ACL (with --data its data as base64) to FILE, for &apos;zk diff&apos; and for the record. An unfinished walk writes nothing and ends with exit code 1.</source>
        <translation>Parcourt le sous-arbre situé sous P (par défaut&#xa0;: /) et écrit le chemin, les métadonnées (stat) et l&apos;ACL de chaque nœud (avec --data, ses données en base64) dans FILE, pour «&#xa0;zk diff&#xa0;» et pour archive. Un parcours inachevé n&apos;écrit rien et se termine avec le code de sortie 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The snapshot file to write.</source>
        <translation>Le fichier d&apos;instantané à écrire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subtree to export (default: /).</source>
        <translation>Le sous-arbre à exporter (par défaut&#xa0;: /).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include each node&apos;s data (base64).</source>
        <translation>Inclut les données de chaque nœud (en base64).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show what changed between two snapshots, or a snapshot and the live tree.</source>
        <translation>Affiche ce qui a changé entre deux instantanés, ou entre un instantané et l&apos;arbre en direct.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compares SNAPSHOT with SNAPSHOT2 or, without it, with the live subtree it was taken from (on the snapshot&apos;s server unless --server is given): nodes added, removed, and nodes whose ACL or data changed. Exit code 0 when nothing changed, 1 when something did, like diff(1).</source>
        <translation>Compare SNAPSHOT à SNAPSHOT2 ou, sans celui-ci, au sous-arbre en direct dont il est issu (sur le serveur de l&apos;instantané, sauf si --server est indiqué)&#xa0;: nœuds ajoutés, supprimés, et nœuds dont l&apos;ACL ou les données ont changé. Code de sortie 0 si rien n&apos;a changé, 1 si quelque chose a changé, comme diff(1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask every server of the ensemble a four-letter word (srvr, mntr, conf, envi, ruok).</source>
        <translation>Envoie un mot de quatre lettres (srvr, mntr, conf, envi, ruok) à chaque serveur de l&apos;ensemble.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends WORD (srvr, mntr, conf, envi, ruok, stat, ...) to each server of the connect string over a plain socket and prints the replies. A server that does not whitelist the word (4lw.commands.whitelist) is reported with exit code 1; an unreachable server with exit code 3.</source>
        <translation>Envoie WORD (srvr, mntr, conf, envi, ruok, stat, ...) à chaque serveur de la chaîne de connexion via une simple socket et affiche les réponses. Un serveur qui n&apos;autorise pas ce mot (4lw.commands.whitelist) est signalé avec le code de sortie 1&#xa0;; un serveur injoignable avec le code de sortie 3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the path is empty; ZooKeeper paths start with &apos;/&apos;, e.g. /kafka/brokers.</source>
        <translation>le chemin est vide&#xa0;; les chemins ZooKeeper commencent par «&#xa0;/&#xa0;», p. ex. /kafka/brokers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not an absolute path; ZooKeeper paths start with &apos;/&apos;, e.g. /%1.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un chemin absolu&#xa0;; les chemins ZooKeeper commencent par «&#xa0;/&#xa0;», p. ex. /%1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; ends with &apos;/&apos;; write it without, e.g. %2.</source>
        <translation>«&#xa0;%1&#xa0;» se termine par «&#xa0;/&#xa0;»&#xa0;; écrivez-le sans, p. ex. %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; has an empty name between two &apos;/&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» contient un nom vide entre deux «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--server is empty; give the ensemble as host:port[,host:port][/chroot].</source>
        <translation>--server est vide&#xa0;; indiquez l&apos;ensemble sous la forme host:port[,host:port][/chroot].</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--digest needs a user name.</source>
        <translation>--digest nécessite un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--digest takes the user name only; the password is read from standard input, never from the command line.</source>
        <translation>--digest ne prend que le nom d&apos;utilisateur&#xa0;; le mot de passe est lu sur l&apos;entrée standard, jamais sur la ligne de commande.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--sasl-service needs a service name.</source>
        <translation>--sasl-service nécessite un nom de service.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--sasl-keytab and --sasl-principal go together: the ticket is obtained for the principal from the keytab.</source>
        <translation>--sasl-keytab et --sasl-principal vont ensemble&#xa0;: le ticket est obtenu pour le principal à partir du keytab.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--timeout needs a number of seconds from 1 to 3600, not &apos;%1&apos;.</source>
        <translation>--timeout nécessite un nombre de secondes compris entre 1 et 3600, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--sessions needs a number of connections from 1 to 16, not &apos;%1&apos;.</source>
        <translation>--sessions attend un nombre de connexions de 1 à 16, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown verb &apos;%1&apos;.</source>
        <translation>Verbe inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The operation was cancelled before it produced a result.</source>
        <translation>L&apos;opération a été annulée avant de produire un résultat.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot open a Kerberos (SASL) session to %1: %2</source>
        <translation>Impossible d&apos;ouvrir une session Kerberos (SASL) vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run installer/setup.sh to build the ZooKeeper client with SASL, or authenticate with --digest instead.</source>
        <translation>Lancez installer/setup.sh pour compiler le client ZooKeeper avec SASL, ou authentifiez-vous plutôt avec --digest.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password for digest user %1: </source>
        <translation>Mot de passe pour l&apos;utilisateur digest %1&#xa0;: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--digest %1: %2</source>
        <translation>--digest %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the password on standard input, one line per --digest.</source>
        <translation>Fournissez le mot de passe sur l&apos;entrée standard, une ligne par --digest.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--depth needs a number of levels, 0 or more, not &apos;%1&apos;.</source>
        <translation>--depth nécessite un nombre de niveaux, 0 ou plus, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+237"/>
        <source>the walk of %1 did not finish: %2</source>
        <translation>le parcours de %1 n&apos;a pas abouti&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>the ACL &apos;%1&apos; does not parse: %2</source>
        <translation>l&apos;ACL «&#xa0;%1&#xa0;» ne peut pas être analysée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--mode is replace, add or remove, not &apos;%1&apos;.</source>
        <translation>--mode vaut replace, add ou remove, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--journal needs a file name.</source>
        <translation>--journal nécessite un nom de fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the journal %1 exists already; it may be needed to roll back an earlier change. Choose another file.</source>
        <translation>le journal %1 existe déjà&#xa0;; il peut être nécessaire pour annuler une modification antérieure. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the directory %1 cannot be created.</source>
        <translation>le répertoire %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The walk of %1 did not finish (%2); nothing was changed.</source>
        <translation>Le parcours de %1 n&apos;a pas abouti (%2)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+179"/>
        <source>Check the connection to the ensemble and run the command again.</source>
        <translation>Vérifiez la connexion à l&apos;ensemble et relancez la commande.</translation>
    </message>
    <message numerus="yes">
        <location line="-167"/>
        <source>after this change an unauthenticated session like this one has no ADMIN on %n node(s), e.g. %1: only a super user or an identity the new ACL names can change their ACL again.</source>
        <translation>
            <numerusform>après cette modification, une session non authentifiée comme celle-ci n&apos;a pas le droit ADMIN sur %n nœud, p. ex. %1&#xa0;: seul un super-utilisateur ou une identité nommée dans la nouvelle ACL pourra à nouveau modifier son ACL.</numerusform>
            <numerusform>après cette modification, une session non authentifiée comme celle-ci n&apos;a pas le droit ADMIN sur %n nœuds, p. ex. %1&#xa0;: seul un super-utilisateur ou une identité nommée dans la nouvelle ACL pourra à nouveau modifier leur ACL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>after this change none of this session&apos;s identities (%1) has ADMIN on %n node(s), e.g. %2: only a super user or an identity the new ACL names can change their ACL again.</source>
        <translation>
            <numerusform>après cette modification, aucune des identités de cette session (%1) n&apos;a le droit ADMIN sur %n nœud, p. ex. %2&#xa0;: seul un super-utilisateur ou une identité nommée dans la nouvelle ACL pourra à nouveau modifier son ACL.</numerusform>
            <numerusform>après cette modification, aucune des identités de cette session (%1) n&apos;a le droit ADMIN sur %n nœuds, p. ex. %2&#xa0;: seul un super-utilisateur ou une identité nommée dans la nouvelle ACL pourra à nouveau modifier leur ACL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n node(s) will not be changed because this session may not read them, e.g. %1.</source>
        <translation>
            <numerusform>%n nœud ne sera pas modifié car cette session n&apos;a pas le droit de le lire, p. ex. %1.</numerusform>
            <numerusform>%n nœuds ne seront pas modifiés car cette session n&apos;a pas le droit de les lire, p. ex. %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changing ACLs</source>
        <translation>Modification des ACL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal %1 was written: &apos;portier-cli zk rollback %1&apos; undoes what was changed.</source>
        <translation>Le journal %1 a été écrit&#xa0;: «&#xa0;portier-cli zk rollback %1&#xa0;» annule ce qui a été modifié.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to change: the ACL of %1 is already as requested.</source>
        <translation>Rien à modifier&#xa0;: l&apos;ACL de %1 est déjà celle demandée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not changed (may not be read by this session): %1</source>
        <translation>Non modifié (cette session n&apos;a pas le droit de le lire)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rolling back</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--profile is secure or unsecure, not &apos;%1&apos;.</source>
        <translation>--profile vaut secure ou unsecure, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>snapshot needs --out FILE, the file to write.</source>
        <translation>snapshot nécessite --out FILE, le fichier à écrire.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The walk of %1 did not finish (%2); no snapshot was written.</source>
        <translation>Le parcours de %1 n&apos;a pas abouti (%2)&#xa0;; aucun instantané n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Wrote a snapshot of %n node(s) below %1 to %2.</source>
        <translation>
            <numerusform>Instantané de %n nœud sous %1 écrit dans %2.</numerusform>
            <numerusform>Instantané de %n nœuds sous %1 écrit dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The walk of %1 did not finish (%2); cannot compare.</source>
        <translation>Le parcours de %1 n&apos;a pas abouti (%2)&#xa0;; comparaison impossible.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&apos;%1&apos; is not a four-letter word; try srvr, mntr, conf, envi or ruok.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un mot de quatre lettres&#xa0;; essayez srvr, mntr, conf, envi ou ruok.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no server in the connect string &apos;%1&apos;.</source>
        <translation>aucun serveur dans la chaîne de connexion «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Warnings and errors in the %1:</source>
        <translation>Avertissements et erreurs issus de %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>See &apos;portier-cli zk %1 --help&apos;.</source>
        <translation>Voir «&#xa0;portier-cli zk %1 --help&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ZkReport</name>
    <message>
        <location filename="../../app/cli/zk_report.cpp" line="+30"/>
        <location line="+106"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACL changed</source>
        <translation>ACL modifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data changed</source>
        <translation>données modifiées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped: this session may not read the node (NOAUTH)</source>
        <translation>ignoré&#xa0;: cette session n&apos;a pas le droit de lire le nœud (NOAUTH)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped: removing the entries would leave an empty ACL</source>
        <translation>ignoré&#xa0;: supprimer les entrées laisserait une ACL vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped: %1</source>
        <translation>ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+111"/>
        <location line="+42"/>
        <location line="+80"/>
        <source>NODE</source>
        <translation>NŒUD</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>CHILDREN</source>
        <translation>ENFANTS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DATA</source>
        <translation>DONNÉES</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RISK</source>
        <translation>RISQUE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ACL</source>
        <translation>ACL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOAUTH: this session may not read the node</source>
        <translation>NOAUTH&#xa0;: cette session n&apos;a pas le droit de lire le nœud</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ephemeral, owned by session %1</source>
        <translation>éphémère, appartient à la session %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data: %1</source>
        <translation>données&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n not readable by this session (NOAUTH)</source>
        <translation>
            <numerusform>%n illisible par cette session (NOAUTH)</numerusform>
            <numerusform>%n illisibles par cette session (NOAUTH)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reconnect(s) survived</source>
        <translation>
            <numerusform>%n reconnexion surmontée</numerusform>
            <numerusform>%n reconnexions surmontées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partial result: the scan did not finish (%1). Nodes below the ones listed may be missing.</source>
        <translation>Résultat partiel&#xa0;: l&apos;analyse n&apos;a pas abouti (%1). Des nœuds situés sous ceux listés peuvent manquer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ACL of %1 (aversion %2, risk %3):</source>
        <translation>ACL de %1 (aversion %2, risque %3)&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SCHEME</source>
        <translation>SCHÉMA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PERMS</source>
        <translation>PERMISSIONS</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+41"/>
        <source>zkCli: %1</source>
        <translation>zkCli&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Set the ACL to %1</source>
        <translation>Définir l&apos;ACL à %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add %1 to the ACL</source>
        <translation>Ajouter %1 à l&apos;ACL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1 from the ACL</source>
        <translation>Retirer %1 de l&apos;ACL</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 on %2 and every node below it: %n node(s) to change.</source>
        <translation>
            <numerusform>%1 sur %2 et chaque nœud situé en dessous&#xa0;: %n nœud à modifier.</numerusform>
            <numerusform>%1 sur %2 et chaque nœud situé en dessous&#xa0;: %n nœuds à modifier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 on %2: %n node(s) to change.</source>
        <translation>
            <numerusform>%1 sur %2&#xa0;: %n nœud à modifier.</numerusform>
            <numerusform>%1 sur %2&#xa0;: %n nœuds à modifier.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AVERSION</source>
        <translation>AVERSION</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+122"/>
        <source>BEFORE</source>
        <translation>AVANT</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+122"/>
        <source>AFTER</source>
        <translation>APRÈS</translation>
    </message>
    <message numerus="yes">
        <location line="-98"/>
        <source>Restored the previous ACL of %n node(s)</source>
        <translation>
            <numerusform>ACL précédente restaurée sur %n nœud</numerusform>
            <numerusform>ACL précédente restaurée sur %n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n node(s) already had it.</source>
        <translation>
            <numerusform>%n nœud l&apos;avait déjà.</numerusform>
            <numerusform>%n nœuds l&apos;avaient déjà.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Changed the ACL of %n node(s)</source>
        <translation>
            <numerusform>ACL modifiée sur %n nœud</numerusform>
            <numerusform>ACL modifiée sur %n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n node(s) needed no change.</source>
        <translation>
            <numerusform>%n nœud ne nécessitait aucune modification.</numerusform>
            <numerusform>%n nœuds ne nécessitaient aucune modification.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled before every node was done.</source>
        <translation>Annulé avant que tous les nœuds aient été traités.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The connection was lost %n time(s); the run waited for the reconnect and checked the nodes it had in flight.</source>
        <translation>
            <numerusform>La connexion a été perdue %n fois&#xa0;; l’opération a attendu la reconnexion et vérifié les nœuds en cours.</numerusform>
            <numerusform>La connexion a été perdue %n fois&#xa0;; l’opération a attendu la reconnexion et vérifié les nœuds en cours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Failed on %n node(s):</source>
        <translation>
            <numerusform>Échec sur %n nœud&#xa0;:</numerusform>
            <numerusform>Échec sur %n nœuds&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WHY</source>
        <translation>CAUSE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Journal: %1</source>
        <translation>Journal&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal: %1 (undo with: portier-cli zk rollback %1)</source>
        <translation>Journal&#xa0;: %1 (pour annuler&#xa0;: portier-cli zk rollback %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>secure (Kerberos)</source>
        <translation>sécurisé (Kerberos)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unsecure</source>
        <translation>non sécurisé</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Audit of %1 against the %2 profile: %n node(s) scanned.</source>
        <translation>
            <numerusform>Audit de %1 selon le profil %2&#xa0;: %n nœud analysé.</numerusform>
            <numerusform>Audit de %1 selon le profil %2&#xa0;: %n nœuds analysés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Components found: %1</source>
        <translation>Composants détectés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partial result: the scan did not finish, so nodes may be missing from the audit.</source>
        <translation>Résultat partiel&#xa0;: l&apos;analyse n&apos;a pas abouti, des nœuds peuvent donc manquer dans l&apos;audit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Current ACL:</source>
        <translation>ACL actuelle&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended:</source>
        <translation>ACL recommandée&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix (zkCli):</source>
        <translation>Correction (zkCli)&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHANGE</source>
        <translation>MODIFICATION</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n différence.</numerusform>
            <numerusform>%n différences.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 from %2:</source>
        <translation>%1 depuis %2&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ZooKeeper</name>
    <message>
        <location filename="../../backends/zookeeper/acl_change.cpp" line="+392"/>
        <source>Could not write the ACL journal %1: %2</source>
        <translation>Impossible d&apos;écrire le journal d&apos;ACL %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+206"/>
        <source>Choose a writable location for the journal; nothing was changed on the server.</source>
        <translation>Choisissez pour le journal un emplacement accessible en écriture&#xa0;; rien n&apos;a été modifié sur le serveur.</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Could not read the ACL journal %1: %2</source>
        <translation>Impossible de lire le journal d&apos;ACL %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the path of the journal file.</source>
        <translation>Vérifiez le chemin du fichier journal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the journal Portier wrote before the change; an edited or truncated journal cannot be rolled back safely.</source>
        <translation>Utilisez le journal que Portier a écrit avant la modification&#xa0;; un journal modifié ou tronqué ne permet pas une restauration sûre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ACL journal %1 is not valid JSON (at byte %2: %3).</source>
        <translation>Le journal d&apos;ACL %1 n&apos;est pas un JSON valide (à l&apos;octet %2&#xa0;: %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The ACL journal %1 is not valid: the top level is not a JSON object.</source>
        <translation>Le journal d&apos;ACL %1 n&apos;est pas valide&#xa0;: le niveau supérieur n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ACL journal %1 is not valid: %2.</source>
        <translation>Le journal d&apos;ACL %1 n&apos;est pas valide&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The ACL of %1 changed meanwhile (its aversion moved); it was not overwritten.</source>
        <translation>L&apos;ACL de %1 a été modifiée entre-temps (son aversion a changé)&#xa0;; elle n&apos;a pas été écrasée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look at the node&apos;s current ACL and roll back again.</source>
        <translation>Examinez l&apos;ACL actuelle du nœud et relancez la restauration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the dry run again to see the current ACL, then apply again.</source>
        <translation>Relancez la simulation pour voir l&apos;ACL actuelle, puis appliquez à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not allowed to change the ACL of %1: none of the session&apos;s identities has ADMIN (a) permission on it.</source>
        <translation>Modification de l&apos;ACL de %1 non autorisée&#xa0;: aucune des identités de la session n&apos;a la permission ADMIN (a) sur ce nœud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect with an identity that has ADMIN on the node (for example the superDigest user) and run the change again.</source>
        <translation>Connectez-vous avec une identité qui a ADMIN sur le nœud (par exemple l&apos;utilisateur superDigest) et relancez la modification.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was deleted meanwhile; its ACL was not changed.</source>
        <translation>%1 a été supprimé entre-temps&#xa0;; son ACL n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection was lost while changing the ACL of %1; the change may or may not have been applied.</source>
        <translation>La connexion a été perdue pendant la modification de l&apos;ACL de %1&#xa0;; la modification a pu être appliquée ou non.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reconnect and roll back again from the same journal.</source>
        <translation>Reconnectez-vous et relancez la restauration à partir du même journal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect, then roll back from the journal or run the change again.</source>
        <translation>Reconnectez-vous, puis restaurez à partir du journal ou relancez la modification.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not change the ACL of %1.</source>
        <translation>Impossible de modifier l&apos;ACL de %1.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Could not write the progress file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier de progression %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The ZooKeeper session was closed before the ACL of %1 could be changed.</source>
        <translation>La session ZooKeeper a été fermée avant que l&apos;ACL de %1 ait pu être modifiée.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>After the reconnect the ACL of %1 is %2 at aversion %3; the journal planned aversion %4.</source>
        <translation>Après la reconnexion, l’ACL de %1 est %2 en aversion %3&#xa0;; le journal prévoyait l’aversion %4.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The change was stopped while it waited for a reconnect.</source>
        <translation>La modification a été arrêtée pendant qu’elle attendait une reconnexion.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The ZooKeeper session expired while the change waited for a reconnect.</source>
        <translation>La session ZooKeeper a expiré pendant que la modification attendait une reconnexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ZooKeeper session ended while the change waited for a reconnect.</source>
        <translation>La session ZooKeeper s’est terminée pendant que la modification attendait une reconnexion.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The connection to ZooKeeper was lost and not re-established within %n second(s).</source>
        <translation>
            <numerusform>La connexion à ZooKeeper a été perdue et n’a pas été rétablie en %n seconde.</numerusform>
            <numerusform>La connexion à ZooKeeper a été perdue et n’a pas été rétablie en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 no longer exists; its ACL cannot be restored.</source>
        <translation>%1 n&apos;existe plus&#xa0;; son ACL ne peut pas être restaurée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not allowed to read the ACL of %1; it was not restored.</source>
        <translation>Lecture de l&apos;ACL de %1 non autorisée&#xa0;; elle n&apos;a pas été restaurée.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The ACL of %1 was changed by someone else after the journal was written (now %2; the journal expected %3); it was not restored.</source>
        <translation>L&apos;ACL de %1 a été modifiée par quelqu&apos;un d&apos;autre après l&apos;écriture du journal (actuellement %2&#xa0;; le journal attendait %3)&#xa0;; elle n&apos;a pas été restaurée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the node; roll back with force to restore %1 anyway.</source>
        <translation>Vérifiez le nœud&#xa0;; forcez la restauration pour rétablir %1 malgré tout.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The ZooKeeper session was closed before the ACL of %1 could be restored.</source>
        <translation>La session ZooKeeper a été fermée avant que l&apos;ACL de %1 ait pu être restaurée.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <location filename="../../backends/zookeeper/scan_engine.cpp" line="+352"/>
        <source>%n nodes</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <location line="-436"/>
        <source>The ACL of %1 was not changed: the session was lost before it was reached.</source>
        <translation>L&apos;ACL de %1 n&apos;a pas été modifiée&#xa0;: la session a été perdue avant que ce nœud soit atteint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reconnect and run the change (or the rollback) again.</source>
        <translation>Reconnectez-vous et relancez la modification (ou la restauration).</translation>
    </message>
    <message>
        <location line="+518"/>
        <source>Cannot change ACLs under %1: there is no session.</source>
        <translation>Impossible de modifier les ACL sous %1&#xa0;: il n&apos;y a pas de session.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot change ACLs under %1: the connection is read-only.</source>
        <translation>Impossible de modifier les ACL sous %1&#xa0;: la connexion est en lecture seule.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the connection without read-only mode, or connect to a server that is not in read-only mode.</source>
        <translation>Ouvrez la connexion sans le mode lecture seule, ou connectez-vous à un serveur qui n&apos;est pas en mode lecture seule.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The ACL of %1 was not changed: removing the entries would leave it empty.</source>
        <translation>L&apos;ACL de %1 n&apos;a pas été modifiée&#xa0;: retirer les entrées la laisserait vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the node another entry first, or use replace.</source>
        <translation>Donnez d&apos;abord une autre entrée au nœud, ou utilisez le remplacement (replace).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ACL of %1 was not changed: it could not be read (%2).</source>
        <translation>L&apos;ACL de %1 n&apos;a pas été modifiée&#xa0;: elle n&apos;a pas pu être lue (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect with an identity that may read the node (for example the superDigest user) and run the change again.</source>
        <translation>Connectez-vous avec une identité autorisée à lire le nœud (par exemple l&apos;utilisateur superDigest) et relancez la modification.</translation>
    </message>
    <message>
        <location filename="../../backends/zookeeper/acl_syntax.cpp" line="+62"/>
        <source>letters from cdrwa (c create, d delete, r read, w write, a admin)</source>
        <translation>des lettres parmi cdrwa (c création, d suppression, r lecture, w écriture, a administration)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ACL entry &quot;%1&quot; has no permissions: expected scheme:id:permissions with %2, e.g. world:anyone:r.</source>
        <translation>L&apos;entrée d&apos;ACL «&#xa0;%1&#xa0;» n&apos;a aucune permission&#xa0;: il faut la forme schéma:id:permissions avec %2, p. ex. world:anyone:r.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>has no permissions: expected %1</source>
        <translation>n&apos;a aucune permission&#xa0;: il faut %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has the unknown permission letter &quot;%1&quot;: expected %2</source>
        <translation>contient la lettre de permission inconnue «&#xa0;%1&#xa0;»&#xa0;: il faut %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>names the permission &quot;%1&quot; twice: expected each of c, d, r, w, a at most once</source>
        <translation>indique deux fois la permission «&#xa0;%1&#xa0;»&#xa0;: chacune des lettres c, d, r, w, a doit figurer au plus une fois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has the permissions &quot;%1&quot; in capitals: permission letters are lowercase, write &quot;%2&quot;</source>
        <translation>contient les permissions «&#xa0;%1&#xa0;» en majuscules&#xa0;: les lettres de permission s&apos;écrivent en minuscules, écrivez «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>expected an IPv4 address such as 10.0.0.1, optionally with a prefix length such as 10.0.0.0/8, or an IPv6 address such as fd00::1 or fd00::/64</source>
        <translation>il faut une adresse IPv4 telle que 10.0.0.1, éventuellement avec une longueur de préfixe telle que 10.0.0.0/8, ou une adresse IPv6 telle que fd00::1 ou fd00::/64</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has no address: %1</source>
        <translation>n&apos;a pas d&apos;adresse&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>has the address &quot;%1&quot;, which is not an IP address: %2</source>
        <translation>a pour adresse «&#xa0;%1&#xa0;», qui n&apos;est pas une adresse IP&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has the address &quot;%1&quot;, whose part %2 is above 255: %3</source>
        <translation>a pour adresse «&#xa0;%1&#xa0;», dont la composante %2 dépasse 255&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has the prefix &quot;/%1&quot;, which is not a number of bits: expected /0 to /%2 after the address</source>
        <translation>a pour préfixe «&#xa0;/%1&#xa0;», qui n&apos;est pas un nombre de bits&#xa0;: il faut /0 à /%2 après l&apos;adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has the prefix /%1, longer than an IPv6 address: expected /0 to /%2</source>
        <translation>a pour préfixe /%1, plus long qu&apos;une adresse IPv6&#xa0;: il faut /0 à /%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has the prefix /%1, longer than an IPv4 address: expected /0 to /%2</source>
        <translation>a pour préfixe /%1, plus long qu&apos;une adresse IPv4&#xa0;: il faut /0 à /%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a digest id is user:base64(sha1(user:password))</source>
        <translation>un id digest a la forme user:base64(sha1(user:password))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has the id &quot;%1&quot; without a password hash: %2</source>
        <translation>a pour id «&#xa0;%1&#xa0;», sans hachage de mot de passe&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has the id &quot;%1&quot; with more than one &apos;:&apos;: %2, and neither the user nor the hash may contain &apos;:&apos;</source>
        <translation>a pour id «&#xa0;%1&#xa0;», avec plus d&apos;un «&#xa0;:&#xa0;»&#xa0;: %2, et ni l&apos;utilisateur ni le hachage ne peuvent contenir «&#xa0;:&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has no user name before the hash: %1</source>
        <translation>n&apos;a pas de nom d&apos;utilisateur avant le hachage&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has a digest hash of %1 characters: expected %2 base64 characters (the SHA-1 of user:password), as in %3</source>
        <translation>contient un hachage digest de %1 caractères&#xa0;: il faut %2 caractères base64 (le SHA-1 de user:password), comme dans %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has the digest hash &quot;%1&quot;, which is not the base64 of a SHA-1: %2</source>
        <translation>contient le hachage digest «&#xa0;%1&#xa0;», qui n&apos;est pas le base64 d&apos;un SHA-1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>has the id &quot;%1&quot;, which contains &apos;,&apos;: in zkCli syntax a &apos;,&apos; separates entries, and only an x509 id may contain one</source>
        <translation>a pour id «&#xa0;%1&#xa0;», qui contient une virgule&#xa0;: dans la syntaxe zkCli, une virgule sépare les entrées, et seul un id x509 peut en contenir une</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has the id &quot;%1&quot;, in which a &apos;,&apos; is followed by a scheme name and &apos;:&apos;, which zkCli syntax reads as the start of the next entry: write that &apos;,&apos; as &apos;\,&apos;</source>
        <translation>a pour id «&#xa0;%1&#xa0;», où une virgule est suivie d&apos;un nom de schéma et de «&#xa0;:&#xa0;», ce que la syntaxe zkCli lit comme le début de l&apos;entrée suivante&#xa0;: écrivez cette virgule sous la forme «&#xa0;\,&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>has the id &quot;%1&quot;: the world scheme only has the id &quot;anyone&quot;, e.g. world:anyone:r</source>
        <translation>a pour id «&#xa0;%1&#xa0;»&#xa0;: le schéma world n&apos;a que l&apos;id «&#xa0;anyone&#xa0;», p. ex. world:anyone:r</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has the id &quot;%1&quot;: the auth scheme takes no id (auth::cdrwa); it stands for the session&apos;s authenticated identities</source>
        <translation>a pour id «&#xa0;%1&#xa0;»&#xa0;: le schéma auth ne prend pas d&apos;id (auth::cdrwa)&#xa0;; il représente les identités authentifiées de la session</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has no principal: the sasl scheme needs a principal such as kafka or kafka/host.example.com@EXAMPLE.COM</source>
        <translation>n&apos;a pas de principal&#xa0;: le schéma sasl exige un principal tel que kafka ou kafka/host.example.com@EXAMPLE.COM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has the principal &quot;%1&quot;, which contains a space: a sasl principal is a name such as kafka or kafka/host@EXAMPLE.COM</source>
        <translation>a pour principal «&#xa0;%1&#xa0;», qui contient un espace&#xa0;: un principal sasl est un nom tel que kafka ou kafka/host@EXAMPLE.COM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has the principal &quot;%1&quot;, which contains &apos;:&apos;: a sasl principal is a name such as kafka or kafka/host@EXAMPLE.COM</source>
        <translation>a pour principal «&#xa0;%1&#xa0;», qui contient «&#xa0;:&#xa0;»&#xa0;: un principal sasl est un nom tel que kafka ou kafka/host@EXAMPLE.COM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has the id &quot;%1&quot;: an x509 id is a certificate&apos;s subject distinguished name such as CN=admin,O=Example</source>
        <translation>a pour id «&#xa0;%1&#xa0;»&#xa0;: un id x509 est le nom distinctif du sujet d&apos;un certificat, tel que CN=admin,O=Example</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has no id: the %1 scheme needs an id</source>
        <translation>n&apos;a pas d&apos;id&#xa0;: le schéma %1 exige un id</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+97"/>
        <source>The ACL entry &quot;%1&quot; %2.</source>
        <translation>L&apos;entrée d&apos;ACL «&#xa0;%1&#xa0;» %2.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>The ACL entry &quot;%1&quot; has no scheme: expected scheme:id:permissions, e.g. world:anyone:r.</source>
        <translation>L&apos;entrée d&apos;ACL «&#xa0;%1&#xa0;» n&apos;a pas de schéma&#xa0;: il faut la forme schéma:id:permissions, p. ex. world:anyone:r.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has the scheme &quot;%1&quot;, which is not a scheme name: expected world, auth, digest, ip, sasl, x509 or the name of a server authentication provider</source>
        <translation>a pour schéma «&#xa0;%1&#xa0;», qui n&apos;est pas un nom de schéma&#xa0;: il faut world, auth, digest, ip, sasl, x509 ou le nom d&apos;un fournisseur d&apos;authentification du serveur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has the scheme &quot;%1&quot;: scheme names are lowercase, write &quot;%2&quot;</source>
        <translation>a pour schéma «&#xa0;%1&#xa0;»&#xa0;: les noms de schéma s&apos;écrivent en minuscules, écrivez «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the digest generator to compute the id from the user name and password.</source>
        <translation>Utilisez le générateur d&apos;id digest pour calculer l&apos;id à partir du nom d&apos;utilisateur et du mot de passe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has unknown permission bits 0x%1: expected %2</source>
        <translation>a des bits de permission inconnus 0x%1&#xa0;: il faut %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No permissions were given: expected %1.</source>
        <translation>Aucune permission n&apos;a été indiquée&#xa0;: il faut %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The permission string &quot;%1&quot; %2.</source>
        <translation>La chaîne de permissions «&#xa0;%1&#xa0;» %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The ACL entry is empty: expected scheme:id:permissions, e.g. world:anyone:r.</source>
        <translation>L&apos;entrée d&apos;ACL est vide&#xa0;: il faut la forme schéma:id:permissions, p. ex. world:anyone:r.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ACL entry &quot;%1&quot; is not in zkCli syntax: expected scheme:id:permissions, e.g. world:anyone:r.</source>
        <translation>L&apos;entrée d&apos;ACL «&#xa0;%1&#xa0;» n&apos;est pas dans la syntaxe zkCli&#xa0;: il faut la forme schéma:id:permissions, p. ex. world:anyone:r.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+58"/>
        <source>The ACL is empty: ZooKeeper refuses a node without ACL entries.</source>
        <translation>L&apos;ACL est vide&#xa0;: ZooKeeper refuse un nœud sans entrée d&apos;ACL.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Give at least one entry in zkCli syntax, e.g. world:anyone:r or sasl:kafka:cdrwa.</source>
        <translation>Indiquez au moins une entrée dans la syntaxe zkCli, p. ex. world:anyone:r ou sasl:kafka:cdrwa.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The ACL &quot;%1&quot; has an empty entry at position %2: entries are separated by single commas.</source>
        <translation>L&apos;ACL «&#xa0;%1&#xa0;» contient une entrée vide en position %2&#xa0;: les entrées sont séparées par une seule virgule.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the extra comma.</source>
        <translation>Supprimez la virgule en trop.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add at least one entry, e.g. world:anyone:r or sasl:kafka:cdrwa.</source>
        <translation>Ajoutez au moins une entrée, p. ex. world:anyone:r ou sasl:kafka:cdrwa.</translation>
    </message>
    <message>
        <location filename="../../backends/zookeeper/audit.cpp" line="+173"/>
        <source>component &quot;%1&quot;, rule &quot;%2&quot;: </source>
        <translation>composant «&#xa0;%1&#xa0;», règle «&#xa0;%2&#xa0;»&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>component &quot;%1&quot;: </source>
        <translation>composant «&#xa0;%1&#xa0;»&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ZooKeeper audit profiles are invalid: %1%2.</source>
        <translation>Les profils d&apos;audit ZooKeeper ne sont pas valides&#xa0;: %1%2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the profile file (format &quot;%1&quot;, version %2); the built-in profiles are in resources/zookeeper/profiles.json.</source>
        <translation>Corrigez le fichier de profils (format «&#xa0;%1&#xa0;», version %2)&#xa0;; les profils intégrés se trouvent dans resources/zookeeper/profiles.json.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>champ «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+13"/>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>le champ «&#xa0;%1&#xa0;» est absent</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>the field &quot;%1&quot; must be a non-empty string</source>
        <translation>le champ «&#xa0;%1&#xa0;» doit être une chaîne non vide</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the field &quot;%1&quot; must be an array of strings</source>
        <translation>le champ «&#xa0;%1&#xa0;» doit être un tableau de chaînes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the field &quot;%1&quot; must be an array of non-empty strings</source>
        <translation>le champ «&#xa0;%1&#xa0;» doit être un tableau de chaînes non vides</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+7"/>
        <source>the %1 ACL &quot;%2&quot; does not parse: %3</source>
        <translation>l&apos;ACL %1 «&#xa0;%2&#xa0;» ne peut pas être analysée&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the path must be absolute, without a trailing &apos;/&apos; or &apos;//&apos;, and may end in &quot;/**&quot; (its only wildcard)</source>
        <translation>le chemin doit être absolu, sans «&#xa0;/&#xa0;» final ni «&#xa0;//&#xa0;», et peut se terminer par «&#xa0;/**&#xa0;» (son seul caractère générique)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another rule already covers this path</source>
        <translation>une autre règle couvre déjà ce chemin</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the field &quot;worldReadableAllowed&quot; must be true or false</source>
        <translation>le champ &quot;worldReadableAllowed&quot; doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the secure ACL grants world read but &quot;worldReadableAllowed&quot; is false</source>
        <translation>l&apos;ACL secure accorde la lecture à world, mais &quot;worldReadableAllowed&quot; vaut false</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the field &quot;severity&quot; must be one of low, medium, high, critical</source>
        <translation>le champ &quot;severity&quot; doit valoir low, medium, high ou critical</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the ACL names sasl:%1, which is not among the component&apos;s principals (%2)</source>
        <translation>l&apos;ACL mentionne sasl:%1, qui ne fait pas partie des principaux du composant (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the name must be lower-case letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>le nom ne doit contenir que des lettres minuscules, des chiffres, «&#xa0;-&#xa0;» ou «&#xa0;_&#xa0;»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the field &quot;manualChangesDiscouraged&quot; must be true or false</source>
        <translation>le champ &quot;manualChangesDiscouraged&quot; doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;detectPaths&quot; must name at least one znode</source>
        <translation>&quot;detectPaths&quot; doit désigner au moins un znode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the detect path &quot;%1&quot; is not an absolute znode path</source>
        <translation>le chemin de détection «&#xa0;%1&#xa0;» n&apos;est pas un chemin de znode absolu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the principal &quot;%1&quot; must be a short name without host, realm or spaces (it matches NAME/host@REALM too)</source>
        <translation>le principal «&#xa0;%1&#xa0;» doit être un nom court, sans hôte, royaume ni espace (il correspond aussi à NOM/hôte@ROYAUME)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;rules&quot; must be a non-empty array</source>
        <translation>&quot;rules&quot; doit être un tableau non vide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rule %1 is not an object</source>
        <translation>la règle %1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>JSON non valide (%1 à la position %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the document is not a JSON object</source>
        <translation>le document n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;format&quot; must be &quot;%1&quot;</source>
        <translation>&quot;format&quot; doit valoir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;version&quot; must be a positive integer</source>
        <translation>&quot;version&quot; doit être un entier positif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1 is newer than this Portier understands (%2)</source>
        <translation>la version %1 est plus récente que celles que comprend ce Portier (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;components&quot; must be a non-empty array</source>
        <translation>&quot;components&quot; doit être un tableau non vide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>component %1 is not an object</source>
        <translation>le composant %1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>component %1: %2</source>
        <translation>composant %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the name is used by another component</source>
        <translation>le nom est déjà utilisé par un autre composant</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Cannot read the ZooKeeper audit profiles %1: %2.</source>
        <translation>Impossible de lire les profils d&apos;audit ZooKeeper %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>ZooKeeper ACL audit</source>
        <translation>Audit des ACL ZooKeeper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZooKeeper ACL audit of %1</source>
        <translation>Audit des ACL ZooKeeper de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kerberos-secured cluster</source>
        <translation>cluster sécurisé par Kerberos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsecured cluster</source>
        <translation>cluster non sécurisé</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Profile: %1</source>
        <translation>Profil&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generated: %1</source>
        <translation>Date de génération&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nodes scanned: %1</source>
        <translation>Nœuds analysés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scan behind this audit did not finish: nodes it did not reach were not audited.</source>
        <translation>L&apos;analyse sur laquelle repose cet audit ne s&apos;est pas terminée&#xa0;: les nœuds qu&apos;elle n&apos;a pas atteints n&apos;ont pas été audités.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Components detected</source>
        <translation>Composants détectés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of the profiled components was found.</source>
        <translation>Aucun des composants décrits par les profils n&apos;a été trouvé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guide section</source>
        <translation>Section du guide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the guide says to do</source>
        <translation>Ce que préconise le guide</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No findings: every audited node matches the profiles.</source>
        <translation>Aucun constat&#xa0;: chaque nœud audité est conforme aux profils.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current ACL</source>
        <translation>ACL actuelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommended ACL</source>
        <translation>ACL recommandée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix (zkCli)</source>
        <translation>Correction (zkCli)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Profiles from Cloudera&apos;s &quot;ZooKeeper ACLs Best Practices&quot;. Generated by Portier.</source>
        <translation>Profils issus du guide «&#xa0;ZooKeeper ACLs Best Practices&#xa0;» de Cloudera. Généré par Portier.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Could not audit %1: the session may not read it (NOAUTH). Nodes below it were not scanned either. Audit with an identity that may read it, such as the super user.</source>
        <translation>Impossible d&apos;auditer %1&#xa0;: la session n&apos;a pas le droit de le lire (NOAUTH). Les nœuds situés en dessous n&apos;ont pas non plus été analysés. Lancez l&apos;audit avec une identité autorisée à le lire, comme le super-utilisateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not audit %1: reading it failed (%2). Scan the tree again.</source>
        <translation>Impossible d&apos;auditer %1&#xa0;: sa lecture a échoué (%2). Analysez à nouveau l&apos;arborescence.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Anyone may change the ACL of %1: world:anyone has ADMIN on a Kerberos-secured cluster.</source>
        <translation>N&apos;importe qui peut modifier l&apos;ACL de %1&#xa0;: world:anyone a ADMIN sur un cluster sécurisé par Kerberos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anyone may create, change or delete data on %1: world:anyone has %2 on a Kerberos-secured cluster.</source>
        <translation>N&apos;importe qui peut créer, modifier ou supprimer des données sur %1&#xa0;: world:anyone a %2 sur un cluster sécurisé par Kerberos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anyone may read %1, which %2 keeps without world read on a secured cluster.</source>
        <translation>N&apos;importe qui peut lire %1, alors que %2 le soustrait à la lecture par world sur un cluster sécurisé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 grants access to digest identities (%2) on a cluster meant to authenticate with Kerberos only.</source>
        <translation>%1 accorde l&apos;accès à des identités digest (%2) sur un cluster censé n&apos;authentifier que par Kerberos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 grants access to SASL principals that none of the detected components uses: %2.</source>
        <translation>%1 accorde l&apos;accès à des principaux SASL qu&apos;aucun des composants détectés n&apos;utilise&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The ACL of %1 is stricter than the %2 profile expects: %2 may fail to use the node.</source>
        <translation>L&apos;ACL de %1 est plus stricte que ne l&apos;attend le profil %2&#xa0;: %2 risque de ne pas pouvoir utiliser le nœud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ACL of %1 differs from the %2 profile.</source>
        <translation>L&apos;ACL de %1 diffère du profil %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 expects %2 here (%3).</source>
        <translation>%1 attend ici %2 (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 expects %2 here (%3); the digest password hash is specific to the deployment, so Portier cannot write the command: follow the component&apos;s own procedure.</source>
        <translation>%1 attend ici %2 (%3)&#xa0;; le hachage du mot de passe digest est propre au déploiement, Portier ne peut donc pas écrire la commande&#xa0;: suivez la procédure propre au composant.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No component profile covers this node; the recommendation keeps its other entries.</source>
        <translation>Aucun profil de composant ne couvre ce nœud&#xa0;; la recommandation conserve ses autres entrées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No component profile covers this node and removing the offending entries would leave no identity with ADMIN: give the owning service an entry first.</source>
        <translation>Aucun profil de composant ne couvre ce nœud et retirer les entrées en cause ne laisserait aucune identité avec ADMIN&#xa0;: donnez d&apos;abord une entrée au service propriétaire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The guide advises against changing %1&apos;s ACLs by hand: correct the component&apos;s configuration instead (see the component&apos;s remedy).</source>
        <translation>Le guide déconseille de modifier à la main les ACL de %1&#xa0;: corrigez plutôt la configuration du composant (voir la correction préconisée pour le composant).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The finding on %1 (%2) has no recommended ACL to apply.</source>
        <translation>Le constat sur %1 (%2) n&apos;a pas d&apos;ACL recommandée à appliquer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the node&apos;s ACL by hand, as the finding&apos;s message explains.</source>
        <translation>Modifiez l&apos;ACL du nœud à la main, comme l&apos;explique le message du constat.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No profile rule of %1 covers %2 any more.</source>
        <translation>Plus aucune règle du profil %1 ne couvre %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not among the scanned nodes.</source>
        <translation>%1 ne fait pas partie des nœuds analysés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the tree again before applying the fix.</source>
        <translation>Analysez à nouveau l&apos;arborescence avant d&apos;appliquer la correction.</translation>
    </message>
    <message>
        <location filename="../../backends/zookeeper/connection_profile.cpp" line="+65"/>
        <source>expected host:port, e.g. zk1.example.com:2181, 10.0.0.5:2181 or [fd00::5]:2181</source>
        <translation>il faut la forme hôte:port, p. ex. zk1.example.com:2181, 10.0.0.5:2181 ou [fd00::5]:2181</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has an empty server entry: %1</source>
        <translation>contient une entrée de serveur vide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has the server &quot;%1&quot; with an unclosed &apos;[&apos;: %2</source>
        <translation>contient le serveur «&#xa0;%1&#xa0;» avec un «&#xa0;[&#xa0;» non fermé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <location line="+21"/>
        <source>has the server &quot;%1&quot; without a port: %2</source>
        <translation>contient le serveur «&#xa0;%1&#xa0;» sans port&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>has the server &quot;%1&quot;, whose &quot;%2&quot; in brackets is not an IPv6 address: %3</source>
        <translation>contient le serveur «&#xa0;%1&#xa0;», dont la partie «&#xa0;%2&#xa0;» entre crochets n&apos;est pas une adresse IPv6&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has the server &quot;%1&quot;: an IPv6 address must be written in brackets, e.g. [fd00::5]:2181</source>
        <translation>contient le serveur «&#xa0;%1&#xa0;»&#xa0;: une adresse IPv6 doit être écrite entre crochets, p. ex. [fd00::5]:2181</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has the server &quot;%1&quot; without a host name: %2</source>
        <translation>contient le serveur «&#xa0;%1&#xa0;» sans nom d&apos;hôte&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has the server &quot;%1&quot;, whose host &quot;%2&quot; is not a host name or address: %3</source>
        <translation>contient le serveur «&#xa0;%1&#xa0;», dont l&apos;hôte «&#xa0;%2&#xa0;» n&apos;est ni un nom d&apos;hôte ni une adresse&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>has the server &quot;%1&quot; with the port &quot;%2&quot;: expected a port from 1 to 65535</source>
        <translation>contient le serveur «&#xa0;%1&#xa0;» avec le port «&#xa0;%2&#xa0;»&#xa0;: il faut un port entre 1 et 65535</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>has the chroot &quot;%1&quot; ending in &apos;/&apos;: expected a znode path such as /kafka</source>
        <translation>a pour chroot «&#xa0;%1&#xa0;», qui se termine par «&#xa0;/&#xa0;»&#xa0;: il faut un chemin de znode tel que /kafka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has the chroot &quot;%1&quot; with an empty path segment (&quot;//&quot;): expected a znode path such as /kafka</source>
        <translation>a pour chroot «&#xa0;%1&#xa0;», qui contient un segment de chemin vide («&#xa0;//&#xa0;»)&#xa0;: il faut un chemin de znode tel que /kafka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has the chroot &quot;%1&quot; with a relative segment &quot;%2&quot;: ZooKeeper paths have no &quot;.&quot; or &quot;..&quot; segments</source>
        <translation>a pour chroot «&#xa0;%1&#xa0;», qui contient un segment relatif «&#xa0;%2&#xa0;»&#xa0;: les chemins ZooKeeper n&apos;ont pas de segments «&#xa0;.&#xa0;» ou «&#xa0;..&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has the chroot &quot;%1&quot; with a character ZooKeeper does not allow in paths (U+%2)</source>
        <translation>a pour chroot «&#xa0;%1&#xa0;», qui contient un caractère que ZooKeeper n&apos;autorise pas dans les chemins (U+%2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The connect string is empty: expected a list of servers such as zk1:2181,zk2:2181,zk3:2181, optionally followed by a chroot such as /kafka.</source>
        <translation>La chaîne de connexion est vide&#xa0;: il faut une liste de serveurs telle que zk1:2181,zk2:2181,zk3:2181, éventuellement suivie d&apos;un chroot tel que /kafka.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connect string &quot;%1&quot; contains spaces: expected servers separated by commas without spaces, e.g. zk1:2181,zk2:2181/kafka.</source>
        <translation>La chaîne de connexion «&#xa0;%1&#xa0;» contient des espaces&#xa0;: il faut des serveurs séparés par des virgules, sans espaces, p. ex. zk1:2181,zk2:2181/kafka.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connect string &quot;%1&quot; names no server before the chroot: expected e.g. zk1:2181,zk2:2181/kafka.</source>
        <translation>La chaîne de connexion «&#xa0;%1&#xa0;» n&apos;indique aucun serveur avant le chroot&#xa0;: il faut par exemple zk1:2181,zk2:2181/kafka.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>The connect string &quot;%1&quot; %2.</source>
        <translation>La chaîne de connexion «&#xa0;%1&#xa0;» %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session timeout of %1 ms is out of range: expected %2 to %3 ms (the server then negotiates it into its own bounds, by default 2 to 20 ticks).</source>
        <translation>Le délai d&apos;expiration de session de %1 ms est hors limites&#xa0;: il faut entre %2 et %3 ms (le serveur le négocie ensuite pour le ramener dans ses propres bornes, par défaut 2 à 20 ticks).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Digest authentication is chosen but no digest user is given.</source>
        <translation>L&apos;authentification digest est choisie, mais aucun utilisateur digest n&apos;est indiqué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one user, or choose no authentication.</source>
        <translation>Ajoutez au moins un utilisateur, ou ne choisissez aucune authentification.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digest user %1 has an empty name.</source>
        <translation>L&apos;utilisateur digest n° %1 a un nom vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The digest user &quot;%1&quot; contains &apos;:&apos;: ZooKeeper&apos;s digest scheme splits user:password at the first &apos;:&apos;, so a user name cannot contain one.</source>
        <translation>L&apos;utilisateur digest «&#xa0;%1&#xa0;» contient «&#xa0;:&#xa0;»&#xa0;: le schéma digest de ZooKeeper coupe user:password au premier «&#xa0;:&#xa0;», un nom d&apos;utilisateur ne peut donc pas en contenir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The digest user &quot;%1&quot; is listed twice.</source>
        <translation>L&apos;utilisateur digest «&#xa0;%1&#xa0;» figure deux fois.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The SASL service name is empty: expected the first part of the server&apos;s principal, usually &quot;zookeeper&quot;.</source>
        <translation>Le nom de service SASL est vide&#xa0;: il faut la première partie du principal du serveur, généralement «&#xa0;zookeeper&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SASL service name &quot;%1&quot; is not a service name: expected the first part of the server&apos;s principal without &apos;/&apos; or &apos;@&apos;, usually &quot;zookeeper&quot;.</source>
        <translation>Le nom de service SASL «&#xa0;%1&#xa0;» n&apos;est pas un nom de service&#xa0;: il faut la première partie du principal du serveur, sans «&#xa0;/&#xa0;» ni «&#xa0;@&#xa0;», généralement «&#xa0;zookeeper&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SASL server host &quot;%1&quot; is not a host name: expected the host part of the server&apos;s principal, e.g. zk1.example.com.</source>
        <translation>L&apos;hôte du serveur SASL «&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte&#xa0;: il faut la partie hôte du principal du serveur, p. ex. zk1.example.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keytab %1 is chosen but no principal to take from it.</source>
        <translation>Le keytab %1 est choisi, mais aucun principal à y prendre n&apos;est indiqué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the client principal, e.g. portier-admin@EXAMPLE.COM.</source>
        <translation>Saisissez le principal client, p. ex. portier-admin@EXAMPLE.COM.</translation>
    </message>
    <message>
        <location filename="../../backends/zookeeper/four_letter_words.cpp" line="+34"/>
        <source>Could not ask %1 for &quot;%2&quot;: %3</source>
        <translation>Impossible d&apos;interroger %1 avec «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the ZooKeeper server is running and that %1 is its client port.</source>
        <translation>Vérifiez que le serveur ZooKeeper est démarré et que %1 est bien son port client.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&quot;%1&quot; is not a four-letter word.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une commande à quatre lettres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use one of srvr, stat, mntr, conf, envi, ruok.</source>
        <translation>Utilisez l&apos;une des commandes srvr, stat, mntr, conf, envi, ruok.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>no connection within %n second(s).</source>
        <translation>
            <numerusform>aucune connexion en %n seconde.</numerusform>
            <numerusform>aucune connexion en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>the connection failed (%1).</source>
        <translation>la connexion a échoué (%1).</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the request could not be sent (%1).</source>
        <translation>la requête n&apos;a pas pu être envoyée (%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>no complete answer within %n second(s).</source>
        <translation>
            <numerusform>aucune réponse complète en %n seconde.</numerusform>
            <numerusform>aucune réponse complète en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The server %1 does not allow the four-letter word &quot;%2&quot;.</source>
        <translation>Le serveur %1 n&apos;autorise pas la commande à quatre lettres «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add it to 4lw.commands.whitelist in the server&apos;s zoo.cfg (for example 4lw.commands.whitelist=srvr,mntr,conf,envi,ruok) and restart the server, or use the AdminServer&apos;s HTTP commands.</source>
        <translation>Ajoutez-la à 4lw.commands.whitelist dans le zoo.cfg du serveur (par exemple 4lw.commands.whitelist=srvr,mntr,conf,envi,ruok) et redémarrez le serveur, ou utilisez les commandes HTTP de l&apos;AdminServer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server closed the connection without answering.</source>
        <translation>le serveur a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <location filename="../../backends/zookeeper/scan_engine.cpp" line="-141"/>
        <location line="+351"/>
        <source>The scan was stopped before it finished.</source>
        <translation>L&apos;analyse a été arrêtée avant la fin.</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>The ZooKeeper session expired during the scan; the result holds only what was read before. Reconnect and scan again.</source>
        <translation>La session ZooKeeper a expiré pendant l&apos;analyse&#xa0;; le résultat ne contient que ce qui avait été lu auparavant. Reconnectez-vous et relancez l&apos;analyse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authentication failed during the scan; the result holds only what was read before.</source>
        <translation>L&apos;authentification a échoué pendant l&apos;analyse&#xa0;; le résultat ne contient que ce qui avait été lu auparavant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+100"/>
        <source>The ZooKeeper session was closed during the scan; the result holds only what was read before.</source>
        <translation>La session ZooKeeper a été fermée pendant l&apos;analyse&#xa0;; le résultat ne contient que ce qui avait été lu auparavant.</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>The ZooKeeper session expired while the scan waited for a reconnect; the result holds only what was read before. Reconnect and scan again.</source>
        <translation>La session ZooKeeper a expiré pendant que l&apos;analyse attendait une reconnexion&#xa0;; le résultat ne contient que ce qui avait été lu auparavant. Reconnectez-vous et relancez l&apos;analyse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ZooKeeper session ended while the scan waited for a reconnect; the result holds only what was read before.</source>
        <translation>La session ZooKeeper s&apos;est terminée pendant que l&apos;analyse attendait une reconnexion&#xa0;; le résultat ne contient que ce qui avait été lu auparavant.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The connection to ZooKeeper was lost and not re-established within %n second(s); the result holds only what was read before.</source>
        <translation>
            <numerusform>La connexion à ZooKeeper a été perdue et n&apos;a pas été rétablie en %n seconde&#xa0;; le résultat ne contient que ce qui avait été lu auparavant.</numerusform>
            <numerusform>La connexion à ZooKeeper a été perdue et n&apos;a pas été rétablie en %n secondes&#xa0;; le résultat ne contient que ce qui avait été lu auparavant.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot scan %1: the znode does not exist.</source>
        <translation>Impossible d&apos;analyser %1&#xa0;: le znode n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the path; a chroot in the connect string applies to it.</source>
        <translation>Vérifiez le chemin&#xa0;; un éventuel chroot de la chaîne de connexion s&apos;y applique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot scan %1: the znode could not be read.</source>
        <translation>Impossible d&apos;analyser %1&#xa0;: le znode n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot scan %1: %2</source>
        <translation>Impossible d&apos;analyser %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the ZooKeeper servers are running and reachable, then scan again.</source>
        <translation>Vérifiez que les serveurs ZooKeeper sont démarrés et joignables, puis relancez l&apos;analyse.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Cannot scan &quot;%1&quot;: a znode path starts with &quot;/&quot;.</source>
        <translation>Impossible d&apos;analyser «&#xa0;%1&#xa0;»&#xa0;: un chemin de znode commence par «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give an absolute path such as /kafka.</source>
        <translation>Indiquez un chemin absolu tel que /kafka.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot scan %1: there is no session.</source>
        <translation>Impossible d&apos;analyser %1&#xa0;: il n&apos;y a pas de session.</translation>
    </message>
    <message>
        <location filename="../../backends/zookeeper/zk_errors.cpp" line="+62"/>
        <source>connect to %1</source>
        <translation>se connecter à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read the children of %1</source>
        <translation>lire les enfants de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read the data of %1</source>
        <translation>lire les données de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read the ACL of %1</source>
        <translation>lire l&apos;ACL de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>look up %1</source>
        <translation>vérifier l&apos;existence de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the data of %1</source>
        <translation>modifier les données de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set the ACL of %1</source>
        <translation>définir l&apos;ACL de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create %1</source>
        <translation>créer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete %1</source>
        <translation>supprimer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add the digest identity %1</source>
        <translation>déclarer l&apos;identité digest %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authenticate with SASL (Kerberos) as %1</source>
        <translation>s&apos;authentifier par SASL (Kerberos) en tant que %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>READ (r) on the node</source>
        <translation>READ (r) sur le nœud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>READ (r) or ADMIN (a) on the node</source>
        <translation>READ (r) ou ADMIN (a) sur le nœud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WRITE (w) on the node</source>
        <translation>WRITE (w) sur le nœud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ADMIN (a) on the node</source>
        <translation>ADMIN (a) sur le nœud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CREATE (c) on the parent node</source>
        <translation>CREATE (c) sur le nœud parent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DELETE (d) on the parent node</source>
        <translation>DELETE (d) sur le nœud parent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the required permission</source>
        <translation>la permission requise</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>the connection to the ZooKeeper server was lost</source>
        <translation>la connexion au serveur ZooKeeper a été perdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client reconnects by itself while the session is alive; try again when the connection banner says connected. If no server answers, check that the ensemble is up and reachable.</source>
        <translation>Le client se reconnecte de lui-même tant que la session est active&#xa0;; réessayez lorsque le bandeau de connexion indique que la connexion est rétablie. Si aucun serveur ne répond, vérifiez que l&apos;ensemble est démarré et joignable.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server has expired the session (its ephemeral nodes and watches are gone)</source>
        <translation>le serveur a fait expirer la session (ses nœuds éphémères et ses watches ont disparu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../backends/zookeeper/zk_session.cpp" line="+766"/>
        <source>Reconnect to open a new session.</source>
        <translation>Reconnectez-vous pour ouvrir une nouvelle session.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no reply came within the session timeout</source>
        <translation>aucune réponse n&apos;est arrivée dans le délai d&apos;expiration de la session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server may be overloaded; try again, or raise the session timeout of the connection.</source>
        <translation>Le serveur est peut-être surchargé&#xa0;; réessayez, ou augmentez le délai d&apos;expiration de session de la connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server rejected the session&apos;s authentication</source>
        <translation>le serveur a rejeté l&apos;authentification de la session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the credentials of the connection (digest user and password, or the Kerberos ticket), then reconnect.</source>
        <translation>Vérifiez les identifiants de la connexion (utilisateur et mot de passe digest, ou ticket Kerberos), puis reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the node&apos;s ACL does not grant this session&apos;s identities %1</source>
        <translation>l&apos;ACL du nœud n&apos;accorde pas %1 aux identités de cette session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect with an identity the ACL names (a digest user or a Kerberos principal), or as the super user, or ask an administrator of the node.</source>
        <translation>Connectez-vous avec une identité que l&apos;ACL mentionne (un utilisateur digest ou un principal Kerberos), ou en tant que super-utilisateur, ou adressez-vous à un administrateur du nœud.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the parent node does not exist</source>
        <translation>le nœud parent n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the node does not exist (it may have been deleted meanwhile)</source>
        <translation>le nœud n&apos;existe pas (il a peut-être été supprimé entre-temps)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the parent nodes first.</source>
        <translation>Créez d&apos;abord les nœuds parents.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the tree.</source>
        <translation>Actualisez l&apos;arborescence.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a node with this path already exists</source>
        <translation>un nœud avec ce chemin existe déjà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name, or refresh the tree.</source>
        <translation>Choisissez un autre nom, ou actualisez l&apos;arborescence.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node has children</source>
        <translation>le nœud a des enfants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete its children first, or use the recursive delete.</source>
        <translation>Supprimez d&apos;abord ses enfants, ou utilisez la suppression récursive.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its ACL was changed by someone else since it was read (aversion mismatch); nothing was overwritten</source>
        <translation>son ACL a été modifiée par quelqu&apos;un d&apos;autre depuis sa lecture (aversion différente)&#xa0;; rien n&apos;a été écrasé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was changed by someone else since it was read (version mismatch); nothing was overwritten</source>
        <translation>il a été modifié par quelqu&apos;un d&apos;autre depuis sa lecture (version différente)&#xa0;; rien n&apos;a été écrasé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the node, compare with the newer version and apply the change again if it still makes sense.</source>
        <translation>Rechargez le nœud, comparez avec la version la plus récente et appliquez à nouveau la modification si elle a encore un sens.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server refused the ACL (empty, malformed, or an auth: entry while the session holds no identity)</source>
        <translation>le serveur a refusé l&apos;ACL (vide, mal formée, ou entrée auth: alors que la session ne détient aucune identité)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check every entry&apos;s scheme and id; for auth: entries add a digest or SASL identity to the connection first.</source>
        <translation>Vérifiez le schéma et l&apos;id de chaque entrée&#xa0;; pour les entrées auth:, ajoutez d&apos;abord une identité digest ou SASL à la connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the request was malformed (for example an invalid path)</source>
        <translation>la requête était mal formée (par exemple un chemin invalide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paths start with &apos;/&apos;, have no empty or &apos;.&apos; components and no trailing &apos;/&apos;.</source>
        <translation>Les chemins commencent par «&#xa0;/&#xa0;», n&apos;ont pas de composant vide ou «&#xa0;.&#xa0;» et pas de «&#xa0;/&#xa0;» final.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server is in read-only mode and accepts no writes</source>
        <translation>le serveur est en mode lecture seule et n&apos;accepte aucune écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until the server rejoins a quorum, or connect to another server of the ensemble.</source>
        <translation>Attendez que le serveur rejoigne un quorum, ou connectez-vous à un autre serveur de l&apos;ensemble.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the session was closed while the request was outstanding</source>
        <translation>la session a été fermée alors que la requête était en attente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the ZooKeeper client reported %1</source>
        <translation>le client ZooKeeper a signalé %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not %1: %2.</source>
        <translation>Impossible de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../backends/zookeeper/zk_session.cpp" line="-191"/>
        <source>Could not initialise the Cyrus SASL library: %1.</source>
        <translation>Impossible d&apos;initialiser la bibliothèque Cyrus SASL&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the Cyrus SASL GSSAPI plugin is installed (Debian package libsasl2-modules-gssapi-mit).</source>
        <translation>Vérifiez que le greffon GSSAPI de Cyrus SASL est installé (paquet Debian libsasl2-modules-gssapi-mit).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not set up Kerberos for the SASL session: the Kerberos configuration (krb5.conf) could not be read.</source>
        <translation>Impossible de configurer Kerberos pour la session SASL&#xa0;: la configuration Kerberos (krb5.conf) n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check /etc/krb5.conf or KRB5_CONFIG.</source>
        <translation>Vérifiez /etc/krb5.conf ou KRB5_CONFIG.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not use the principal &quot;%1&quot; for SASL: it is not a valid Kerberos principal name.</source>
        <translation>Impossible d&apos;utiliser le principal «&#xa0;%1&#xa0;» pour SASL&#xa0;: ce n&apos;est pas un nom de principal Kerberos valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write it as primary/instance@REALM, e.g. kafka/host.example.com@EXAMPLE.COM.</source>
        <translation>Écrivez-le sous la forme primaire/instance@ROYAUME, p. ex. kafka/host.example.com@EXAMPLE.COM.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not open the keytab %1.</source>
        <translation>Impossible d&apos;ouvrir le keytab %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path and that this user may read it.</source>
        <translation>Vérifiez le chemin et que cet utilisateur a le droit de le lire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not get a Kerberos ticket for %1 from the keytab %2.</source>
        <translation>Impossible d&apos;obtenir un ticket Kerberos pour %1 à partir du keytab %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the keytab holds a current key of the principal (klist -k -t -e) and that a KDC of the realm is reachable.</source>
        <translation>Vérifiez que le keytab contient une clé à jour du principal (klist -k -t -e) et qu&apos;un KDC du royaume est joignable.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not store the ticket of %1 in a memory credential cache.</source>
        <translation>Impossible de stocker le ticket de %1 dans un cache d&apos;identifiants en mémoire.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Could not authenticate to %1 with SASL (Kerberos)%2: the SASL GSSAPI exchange failed.</source>
        <translation>Impossible de s&apos;authentifier auprès de %1 par SASL (Kerberos)%2&#xa0;: l&apos;échange SASL GSSAPI a échoué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> as %1</source>
        <translation> en tant que %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not authenticate to %1: the server rejected the session&apos;s credentials.</source>
        <translation>Impossible de s&apos;authentifier auprès de %1&#xa0;: le serveur a rejeté les identifiants de la session.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that you have a valid Kerberos ticket (klist), that the service name and server host name form the server&apos;s principal (%1/%2), and see the client log.</source>
        <translation>Vérifiez que vous disposez d&apos;un ticket Kerberos valide (klist), que le nom du service et le nom d&apos;hôte du serveur forment le principal du serveur (%1/%2), et consultez le journal du client.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the digest user and password of the connection.</source>
        <translation>Vérifiez l&apos;utilisateur et le mot de passe digest de la connexion.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The session with %1 has expired: the server ended it after it heard nothing from this client for longer than the session timeout.</source>
        <translation>La session avec %1 a expiré&#xa0;: le serveur y a mis fin après être resté sans nouvelles de ce client plus longtemps que le délai d&apos;expiration de session.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not connect to %1: no ZooKeeper server accepted a session in time.</source>
        <translation>Impossible de se connecter à %1&#xa0;: aucun serveur ZooKeeper n&apos;a accepté de session à temps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+393"/>
        <source>Check that the servers of the connect string are running and reachable from this machine (host names, ports, firewall); the client log shows each attempt. The client keeps trying in the background.</source>
        <translation>Vérifiez que les serveurs de la chaîne de connexion sont démarrés et joignables depuis cette machine (noms d&apos;hôte, ports, pare-feu)&#xa0;; le journal du client montre chaque tentative. Le client continue d&apos;essayer en arrière-plan.</translation>
    </message>
    <message>
        <location line="-378"/>
        <source>Could not complete the request for %1: the session with %2 is not open.</source>
        <translation>Impossible de terminer la requête pour %1&#xa0;: la session avec %2 n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refused to change %1: the connection is read-only.</source>
        <translation>Modification de %1 refusée&#xa0;: la connexion est en lecture seule.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the connection and turn read-only mode off to change nodes.</source>
        <translation>Modifiez la connexion et désactivez le mode lecture seule pour pouvoir modifier des nœuds.</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Kerberos (SASL GSSAPI) sessions are not available: this build uses Debian&apos;s libzookeeper-mt, which is built without Cyrus SASL. installer/deps/build-zookeeper-client.sh (run by installer/setup.sh) builds the ZooKeeper C client with SASL support; rebuild Portier after it.</source>
        <translation>Les sessions Kerberos (SASL GSSAPI) ne sont pas disponibles&#xa0;: cette compilation utilise la bibliothèque libzookeeper-mt de Debian, compilée sans Cyrus SASL. installer/deps/build-zookeeper-client.sh (lancé par installer/setup.sh) compile le client C ZooKeeper avec la prise en charge de SASL&#xa0;; recompilez ensuite Portier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ZooKeeper C client %1 (SASL)</source>
        <translation>Client C ZooKeeper %1 (SASL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZooKeeper C client %1 (system libzookeeper-mt, no SASL)</source>
        <translation>Client C ZooKeeper %1 (libzookeeper-mt du système, sans SASL)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not connect: the connect string &quot;%1&quot; names no server.</source>
        <translation>Impossible de se connecter&#xa0;: la chaîne de connexion «&#xa0;%1&#xa0;» n&apos;indique aucun serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+84"/>
        <source>Write host:port pairs separated by commas, optionally followed by a chroot: zk1:2181,zk2:2181/kafka</source>
        <translation>Écrivez des paires hôte:port séparées par des virgules, éventuellement suivies d&apos;un chroot&#xa0;: zk1:2181,zk2:2181/kafka</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Could not open a Kerberos (SASL) session with %1: this build&apos;s ZooKeeper client has no SASL support.</source>
        <translation>Impossible d&apos;ouvrir une session Kerberos (SASL) avec %1&#xa0;: le client ZooKeeper de cette compilation ne prend pas en charge SASL.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Could not connect to %1: the connect string is malformed.</source>
        <translation>Connexion à %1 impossible&#xa0;: la chaîne de connexion est mal formée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not connect to %1: none of its host names resolves.</source>
        <translation>Connexion à %1 impossible&#xa0;: aucun de ses noms d’hôte ne se résout.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the spelling of the host names and the resolver (/etc/hosts, /etc/resolv.conf); a port must be a number from 1 to 65535.</source>
        <translation>Vérifiez l’orthographe des noms d’hôte et le résolveur (/etc/hosts, /etc/resolv.conf)&#xa0;; un port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Could not connect to %1: no ZooKeeper server accepted a session within %2 s.</source>
        <translation>Impossible de se connecter à %1&#xa0;: aucun serveur ZooKeeper n&apos;a accepté de session en %2 s.</translation>
    </message>
    <message>
        <location filename="../../backends/zookeeper/zk_snapshot.cpp" line="+48"/>
        <source>This is not a valid Portier ZooKeeper snapshot: %1.</source>
        <translation>Ce n&apos;est pas un instantané ZooKeeper Portier valide&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The snapshot %1 is not a valid Portier ZooKeeper snapshot: %2.</source>
        <translation>L&apos;instantané %1 n&apos;est pas un instantané ZooKeeper Portier valide&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file written by Portier&apos;s snapshot export or portier-cli zk snapshot.</source>
        <translation>Choisissez un fichier écrit par l&apos;export d&apos;instantané de Portier ou par portier-cli zk snapshot.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>it has no &quot;format&quot; field (expected &quot;%1&quot;)</source>
        <translation>il n&apos;a pas de champ &quot;format&quot; («&#xa0;%1&#xa0;» attendu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its &quot;format&quot; field is not a string (expected &quot;%1&quot;)</source>
        <translation>son champ &quot;format&quot; n&apos;est pas une chaîne («&#xa0;%1&#xa0;» attendu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its format is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>son format est «&#xa0;%1&#xa0;», «&#xa0;%2&#xa0;» attendu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has no integer &quot;version&quot; field</source>
        <translation>il n&apos;a pas de champ entier &quot;version&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The snapshot has format version %1, but this Portier reads only version %2.</source>
        <translation>L&apos;instantané est au format version %1, mais ce Portier ne lit que la version %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The snapshot %1 has format version %2, but this Portier reads only version %3.</source>
        <translation>L&apos;instantané %1 est au format version %2, mais ce Portier ne lit que la version %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open it with the newer Portier that wrote it.</source>
        <translation>Ouvrez-le avec la version plus récente de Portier qui l&apos;a écrit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its version %1 is not a snapshot version</source>
        <translation>sa version %1 n&apos;est pas une version d&apos;instantané</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>field &quot;taken&quot; is not an ISO 8601 time such as 2026-01-31T12:00:00Z</source>
        <translation>le champ &quot;taken&quot; n&apos;est pas une date ISO 8601 telle que 2026-01-31T12:00:00Z</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>field &quot;taken&quot; is out of range</source>
        <translation>le champ &quot;taken&quot; est hors limites</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>field &quot;root&quot; is &quot;%1&quot;, not an absolute znode path</source>
        <translation>le champ &quot;root&quot; vaut «&#xa0;%1&#xa0;», qui n&apos;est pas un chemin de znode absolu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>node %1 of %2 is not an object</source>
        <translation>le nœud %1 sur %2 n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>node %1 of %2: %3</source>
        <translation>nœud %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+9"/>
        <source>Could not write the snapshot %1: %2</source>
        <translation>Impossible d&apos;écrire l&apos;instantané %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Check that the folder exists and that you may write to it.</source>
        <translation>Vérifiez que le dossier existe et que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check the free space on the disk; the previous file, if any, was left unchanged.</source>
        <translation>Vérifiez l&apos;espace libre sur le disque&#xa0;; le fichier précédent, s&apos;il existe, n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The snapshot %1 does not exist.</source>
        <translation>L&apos;instantané %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Could not read the snapshot %1: %2</source>
        <translation>Impossible de lire l&apos;instantané %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The snapshot %1 is empty.</source>
        <translation>L&apos;instantané %1 est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file may have been truncated; take the snapshot again.</source>
        <translation>Le fichier a peut-être été tronqué&#xa0;; reprenez l&apos;instantané.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The snapshot %1 is not valid JSON: %2 at byte %3.</source>
        <translation>L&apos;instantané %1 n&apos;est pas un JSON valide&#xa0;: %2 à l&apos;octet %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file may be truncated or edited by hand; take the snapshot again.</source>
        <translation>Le fichier est peut-être tronqué ou a été modifié à la main&#xa0;; reprenez l&apos;instantané.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The snapshot %1 is not a Portier ZooKeeper snapshot: the JSON is not an object.</source>
        <translation>L&apos;instantané %1 n&apos;est pas un instantané ZooKeeper Portier&#xa0;: le JSON n&apos;est pas un objet.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="+39"/>
        <source>Console for Kerberos credential caches, keytabs and ZooKeeper ACLs.</source>
        <translation>Console pour les caches de justificatifs Kerberos, les keytabs et les ACL ZooKeeper.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keytab files to open.</source>
        <translation>Fichiers keytab à ouvrir.</translation>
    </message>
</context>
</TS>
